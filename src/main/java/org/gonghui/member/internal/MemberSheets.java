package org.gonghui.member.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.SheetSchema;

/**
 * The roster as clerks keep it in Excel: the columns, the headers their templates use for
 * them, and how the cells' free text is read. One schema serves import, export and the
 * blank template.
 */
final class MemberSheets {

	static final String NAME = "name";

	static final String ID_NUMBER = "idNumber";

	static final String PHONE = "phone";

	static final String EMPLOYER = "employer";

	static final String UNION = "union";

	static final String JOINED_ON = "joinedOn";

	static final String OCCUPATION = "occupation";

	static final String SKILL_LEVEL = "skillLevel";

	static final String NEW_EMPLOYMENT_FORM = "newEmploymentForm";

	static final String STATUS = "status";

	private static final SheetColumn[] ROSTER_COLUMNS = { SheetColumn.of(NAME, "姓名").required().width(12),
			SheetColumn.of(ID_NUMBER, "身份证号", "身份证", "身份证号码", "公民身份号码", "证件号码").required().text().width(22),
			SheetColumn.of(PHONE, "手机号", "手机", "手机号码", "联系电话", "电话").required().text().width(14),
			SheetColumn.of(EMPLOYER, "工作单位", "单位", "单位名称").text().width(30),
			SheetColumn.of(UNION, "所属工会", "工会", "工会名称", "基层工会").required().text().width(30),
			SheetColumn.of(JOINED_ON, "入会日期", "入会时间").date(),
			SheetColumn.of(OCCUPATION, "职业", "工种", "岗位").text().width(16),
			SheetColumn.of(SKILL_LEVEL, "技能等级", "技术等级", "职业技能等级").text().width(16),
			SheetColumn.of(NEW_EMPLOYMENT_FORM, "新就业形态", "是否新就业形态劳动者").text().width(12) };

	/** What an import reads and the blank template shows. */
	static final SheetSchema ROSTER = SheetSchema.of(ROSTER_COLUMNS);

	/** What an export writes: the roster and each member's standing. */
	static final SheetSchema EXPORT = SheetSchema
		.of(concat(ROSTER_COLUMNS, SheetColumn.of(STATUS, "状态").text().width(8)));

	static final Map<SkillLevel, String> SKILL_LABELS = Map.of(SkillLevel.LEVEL_5, "五级/初级工", SkillLevel.LEVEL_4,
			"四级/中级工", SkillLevel.LEVEL_3, "三级/高级工", SkillLevel.LEVEL_2, "二级/技师", SkillLevel.LEVEL_1, "一级/高级技师");

	static final Map<MemberStatus, String> STATUS_LABELS = Map.of(MemberStatus.ACTIVE, "在册",
			MemberStatus.TRANSFERRED_OUT, "已转出", MemberStatus.LEFT, "已退会");

	// 国家职业资格五级 (人社部《国家职业技能标准》): 五级/初级工 lowest … 一级/高级技师 highest
	private static final Map<String, SkillLevel> SKILL_WORDS = new HashMap<>();

	static {
		String[][] words = { { "五级", "5级", "初级工", "初级", "LEVEL_5" }, { "四级", "4级", "中级工", "中级", "LEVEL_4" },
				{ "三级", "3级", "高级工", "高级", "LEVEL_3" }, { "二级", "2级", "技师", "LEVEL_2" },
				{ "一级", "1级", "高级技师", "LEVEL_1" } };
		SkillLevel[] levels = { SkillLevel.LEVEL_5, SkillLevel.LEVEL_4, SkillLevel.LEVEL_3, SkillLevel.LEVEL_2,
				SkillLevel.LEVEL_1 };
		for (int i = 0; i < levels.length; i++) {
			for (String word : words[i]) {
				SKILL_WORDS.put(word, levels[i]);
			}
		}
	}

	private static final Map<String, Boolean> FLAGS = Map.of("是", true, "否", false, "Y", true, "N", false, "YES", true,
			"NO", false, "1", true, "0", false, "TRUE", true, "FALSE", false);

	// 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日; the reader gives Excel date cells as
	// yyyy-MM-dd, with " HH:mm:ss" when the cell carries a time of day
	private static final Pattern DATE = Pattern.compile(
			"(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private MemberSheets() {
	}

	/** A skill level as clerks write it: 五级, 初级工, 5级, 五级/初级工, 四级（中级工）… */
	static Optional<SkillLevel> skillLevel(String text) {
		String plain = plain(text);
		SkillLevel whole = SKILL_WORDS.get(plain);
		if (whole != null) {
			return Optional.of(whole);
		}
		// "五级/初级工" and "四级(中级工)": every part must name the same level
		SkillLevel found = null;
		for (String part : plain.split("[/、,()]+")) {
			if (part.isEmpty()) {
				continue;
			}
			SkillLevel level = SKILL_WORDS.get(part);
			if (level == null || (found != null && found != level)) {
				return Optional.empty();
			}
			found = level;
		}
		return Optional.ofNullable(found);
	}

	/** 是/否, Y/N, 1/0 and the TRUE/FALSE of a boolean cell. */
	static Optional<Boolean> flag(String text) {
		return Optional.ofNullable(FLAGS.get(plain(text)));
	}

	/**
	 * A calendar date in the forms Chinese clerks type, or as the reader gives a date
	 * cell.
	 */
	static Optional<LocalDate> date(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		Matcher matcher = DATE.matcher(plain);
		if (!matcher.matches()) {
			matcher = COMPACT_DATE.matcher(plain);
			if (!matcher.matches()) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	// full-width letters and digits typed with a Chinese IME, spaces, any case
	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	private static SheetColumn[] concat(SheetColumn[] columns, SheetColumn last) {
		SheetColumn[] all = java.util.Arrays.copyOf(columns, columns.length + 1);
		all[columns.length] = last;
		return all;
	}

}
