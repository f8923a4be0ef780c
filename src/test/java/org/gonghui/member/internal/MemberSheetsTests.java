package org.gonghui.member.internal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gonghui.member.SkillLevel;
import org.gonghui.shared.sheet.HeaderMatch;

import static org.assertj.core.api.Assertions.assertThat;

class MemberSheetsTests {

	@Test
	void readsSkillLevelsAsClerksWriteThem_五级初级工5级AllLevel5() {
		assertThat(List.of("五级", "初级工", "初级", "5级", "五级/初级工", "五级（初级工）", "５级"))
			.allSatisfy(text -> assertThat(MemberSheets.skillLevel(text)).contains(SkillLevel.LEVEL_5));
		assertThat(MemberSheets.skillLevel("一级/高级技师")).contains(SkillLevel.LEVEL_1);
		assertThat(MemberSheets.skillLevel("高级技师")).contains(SkillLevel.LEVEL_1);
		assertThat(MemberSheets.skillLevel("高级工")).contains(SkillLevel.LEVEL_3);
		assertThat(MemberSheets.skillLevel("技师")).contains(SkillLevel.LEVEL_2);
	}

	@Test
	void refusesSkillLevelsThatContradictOrAreUnknown_五级高级技师() {
		assertThat(MemberSheets.skillLevel("五级/高级技师")).isEmpty();
		assertThat(MemberSheets.skillLevel("六级")).isEmpty();
	}

	@Test
	void readsDatesInTheFormsClerksType_2019年3月5日And2019Slash3Slash5() {
		LocalDate expected = LocalDate.of(2019, 3, 5);
		assertThat(List.of("2019-03-05", "2019/3/5", "2019年3月5日", "2019.3.5", "20190305", "2019-03-05 00:00:00"))
			.allSatisfy(text -> assertThat(MemberSheets.date(text)).contains(expected));
		assertThat(MemberSheets.date("2019-02-30")).isEmpty();
		assertThat(MemberSheets.date("去年")).isEmpty();
	}

	@Test
	void readsNewEmploymentFormFlags_是Y1True_否N0False() {
		assertThat(List.of("是", "Y", "y", "1", "TRUE"))
			.allSatisfy(text -> assertThat(MemberSheets.flag(text)).contains(true));
		assertThat(List.of("否", "N", "0", "FALSE"))
			.allSatisfy(text -> assertThat(MemberSheets.flag(text)).contains(false));
		assertThat(MemberSheets.flag("也许")).isEmpty();
	}

	@Test
	void matchesMessyHeadersToTheRosterColumns_身份证号码必填And所属基层工会名称() {
		HeaderMatch match = MemberSheets.ROSTER
			.match(List.of("序号", "会员姓名", "身份证号码（必填）", "联系电话", "所属基层工会名称", "入会时间", "工种", "技术等级", "是否新就业形态劳动者"));

		assertThat(match.complete()).isTrue();
		assertThat(match.columnsByIndex().values()).extracting(column -> column.field())
			.containsExactly(MemberSheets.NAME, MemberSheets.ID_NUMBER, MemberSheets.PHONE, MemberSheets.UNION,
					MemberSheets.JOINED_ON, MemberSheets.OCCUPATION, MemberSheets.SKILL_LEVEL,
					MemberSheets.NEW_EMPLOYMENT_FORM);
		assertThat(match.unknownHeaders()).containsExactly("序号");
	}

}
