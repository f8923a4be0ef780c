package org.gonghui.site.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gonghui.shared.web.GonghuiException;
import org.gonghui.site.OpeningHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OpeningHoursTextTests {

	private static final String EXAMPLE = "MON-FRI 08:00-20:00; SAT,SUN 09:00-17:00; 2026-10-01 closed; 2026-10-02 10:00-14:00";

	@Test
	void writesBackTheSameCompactText() {
		assertThat(OpeningHours.parse(EXAMPLE).toText()).isEqualTo(EXAMPLE);
	}

	@Test
	void rendersChinese_weekdaysAndWeekendAndHolidays() {
		assertThat(OpeningHours.parse(EXAMPLE).toChinese())
			.isEqualTo("周一至周五 08:00–20:00；周六、周日 09:00–17:00；2026年10月1日 休息；2026年10月2日 10:00–14:00");
	}

	@Test
	void rendersChinese_closedWeekendAndOvernightShift() {
		assertThat(OpeningHours.parse("MON-FRI 22:00-06:00").toChinese()).isEqualTo("周一至周五 22:00–次日06:00；周六、周日 休息");
	}

	@Test
	void rendersChinese_everyDayAroundTheClock() {
		assertThat(OpeningHours.parse("DAILY 24h").toChinese()).isEqualTo("每天 24小时开放");
	}

	@Test
	void rendersChinese_goldenWeekAsOneRange_hidingPastExceptions() {
		OpeningHours hours = OpeningHours.parse("DAILY 09:00-17:00; 2026-05-01 closed; 2026-10-01..2026-10-07 closed");

		assertThat(hours.toChinese(LocalDate.of(2026, 6, 1))).isEqualTo("每天 09:00–17:00；2026年10月1日至10月7日 休息");
	}

	@Test
	void groupsNonConsecutiveDays_MonWedFri() {
		OpeningHours hours = OpeningHours.parse("MON,WED,FRI 08:00-12:00,14:00-18:00");

		assertThat(hours.toText()).isEqualTo("MON,WED,FRI 08:00-12:00,14:00-18:00");
		assertThat(hours.toChinese()).isEqualTo("周一、周三、周五 08:00–12:00、14:00–18:00；周二、周四、周六、周日 休息");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "MON-FRI 08:00-20:00; SAT,SUN 09:00-17:00|", "DAILY 24h|MON-SUN 24h",
					"mon-sun 00:00-24:00|MON-SUN 24h", "FRI-MON 18:00-24:00|MON,FRI-SUN 18:00-24:00",
					"MON 22:00-06:00;TUE 22:00-06:00；WED 22:00-06:00|MON-WED 22:00-06:00",
					"MON–FRI 08:00–20:00|MON-FRI 08:00-20:00", "SUN closed|MON-SUN closed",
					"2026-10-01..2026-10-03 closed; MON 08:00-09:00|MON 08:00-09:00; 2026-10-01..2026-10-03 closed" })
	void normalisesText(String input, String expected) {
		String canonical = expected == null ? input : expected;

		OpeningHours hours = OpeningHours.parse(input);

		assertThat(hours.toText()).isEqualTo(canonical);
		assertThat(OpeningHours.parse(hours.toText())).isEqualTo(hours);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "'   '|site.hours.blank", "MON|site.hours.clause", "MOX 08:00-20:00|site.hours.day",
					"MON 8-20|site.hours.time", "MON 25:00-26:00|site.hours.time", "MON 08:60-09:00|site.hours.time",
					"MON 08:00-08:00|site.hours.empty-interval", "2026-02-30 closed|site.hours.date",
					"2026-10-07..2026-10-01 closed|site.hours.date-range",
					"MON-FRI 08:00-20:00; FRI 09:00-10:00|site.hours.duplicate-day",
					"2026-10-01 closed; 2026-10-01 10:00-12:00|site.hours.duplicate-date",
					"MON 08:00-20:00 (lunch)|site.hours.time", "MON 08:00-20:00); DROP TABLE site|site.hours.time" })
	void refusesMalformedTextWithAMessageKey(String input, String key) {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(() -> OpeningHours.parse(input))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	@Test
	void namesTheOffendingPartInTheRefusal() {
		assertThatExceptionOfType(GonghuiException.class)
			.isThrownBy(() -> OpeningHours.parse("MON-FRI 08:00-20:00; SAT 9:00-17"))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("9:00-17"));
	}

}
