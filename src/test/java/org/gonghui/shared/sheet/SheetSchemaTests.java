package org.gonghui.shared.sheet;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SheetSchemaTests {

	static final SheetSchema MEMBERS = SheetSchema.of(SheetColumn.of("name", "姓名", "会员姓名").required(),
			SheetColumn.of("idNumber", "身份证号", "身份证", "身份证号码", "公民身份号码", "证件号码").required().text(),
			SheetColumn.of("mobile", "手机号", "手机", "手机号码", "联系电话").text(),
			SheetColumn.of("joinedOn", "入会日期", "入会时间").date(), SheetColumn.of("email", "Email", "电子邮箱"));

	@Test
	void matchesMessyHeaders_fullWidthSpacesStarsNotesCase() {
		HeaderMatch match = MEMBERS.match(List.of(" 姓　名 ", "＊身份证号码 *", "入会日期(yyyy-mm-dd)", "手机号（必填）", "ＥＭＡＩＬ"));

		assertThat(fields(match)).containsExactly(Map.entry(0, "name"), Map.entry(1, "idNumber"),
				Map.entry(2, "joinedOn"), Map.entry(3, "mobile"), Map.entry(4, "email"));
		assertThat(match.complete()).isTrue();
		assertThat(match.unknownHeaders()).isEmpty();
	}

	@Test
	void matchesSquareAndLenticularBracketNotes_证件号码18位() {
		HeaderMatch match = MEMBERS.match(List.of("证件号码【18位】", "姓名[必填]", "手机号码 (11位"));

		assertThat(fields(match)).containsExactly(Map.entry(0, "idNumber"), Map.entry(1, "name"),
				Map.entry(2, "mobile"));
	}

	@Test
	void fallsBackToContains_会员身份证号() {
		HeaderMatch match = MEMBERS.match(List.of("姓名", "会员身份证号", "本人联系电话"));

		assertThat(fields(match)).containsExactly(Map.entry(0, "name"), Map.entry(1, "idNumber"),
				Map.entry(2, "mobile"));
	}

	@Test
	void prefersExactMatchOverContainsWhateverTheOrder() {
		HeaderMatch match = MEMBERS.match(List.of("紧急联系人身份证号", "姓名", "身份证号"));

		assertThat(fields(match)).containsExactly(Map.entry(1, "name"), Map.entry(2, "idNumber"));
		assertThat(match.unknownHeaders()).containsExactly("紧急联系人身份证号");
	}

	@Test
	void reportsUnknownHeadersAndMissingRequiredColumns() {
		HeaderMatch match = MEMBERS.match(List.of("序号", "会员姓名", "备注", ""));

		assertThat(match.unknownHeaders()).containsExactly("序号", "备注");
		assertThat(match.missingRequired()).extracting(SheetColumn::field).containsExactly("idNumber");
		assertThat(match.missingHeaders()).isEqualTo("身份证号");
		assertThat(match.complete()).isFalse();
	}

	@Test
	void reportsTheSecondExactHeaderOfAColumnAsDuplicate() {
		HeaderMatch match = MEMBERS.match(List.of("姓名", "身份证号", "身份证号码"));

		assertThat(match.duplicateHeaders()).containsExactly("身份证号码");
		assertThat(fields(match)).containsEntry(1, "idNumber");
	}

	@Test
	void doesNotMatchByOneCharacterAlias() {
		SheetSchema schema = SheetSchema.of(SheetColumn.of("sex", "性别", "男"), SheetColumn.of("name", "姓名"));

		HeaderMatch match = schema.match(List.of("男职工人数", "姓名"));

		assertThat(fields(match)).containsExactly(Map.entry(1, "name"));
	}

	@Test
	void keysEnumFieldsByName() {
		SheetSchema schema = SheetSchema.of(SheetColumn.of(Field.ID_NUMBER, "身份证号"));

		assertThat(schema.match(List.of("身份证号")).columnsByIndex().get(0).field()).isEqualTo("ID_NUMBER");
	}

	@Test
	void refusesAHeaderThatNamesTwoColumns() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> SheetSchema.of(SheetColumn.of("mobile", "手机号", "电话"), SheetColumn.of("phone", "座机", "电话 ")));
	}

	@Test
	void refusesTwoColumnsForOneField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SheetSchema.of(SheetColumn.of("name", "姓名"), SheetColumn.of("name", "名字")));
	}

	private static Map<Integer, String> fields(HeaderMatch match) {
		Map<Integer, String> fields = new java.util.LinkedHashMap<>();
		match.columnsByIndex().forEach((index, column) -> fields.put(index, column.field()));
		return fields;
	}

	enum Field {

		ID_NUMBER

	}

}
