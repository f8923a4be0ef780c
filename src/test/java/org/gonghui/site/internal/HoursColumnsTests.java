package org.gonghui.site.internal;

import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.gonghui.site.OpeningHours;

import static org.assertj.core.api.Assertions.assertThat;

class HoursColumnsTests {

	@Test
	void keepsAStretchPastMidnightWithTheDayItStarts() {
		OpeningHours hours = OpeningHours.parse("MON 22:00-06:00; TUE 08:00-12:00");

		// Monday's night shift ends at minute 1800 of Monday's 2880-minute room, before
		// Tuesday's room starts at 2880: a closed Monday cannot close Tuesday morning too
		assertThat(HoursColumns.weeklyMinutes(hours)).isEqualTo("{[1320,1800),[3360,3600)}");
	}

	@Test
	void writesSundayNightIntoSundaysRoom() {
		assertThat(HoursColumns.weeklyMinutes(OpeningHours.parse("SUN 20:00-02:00"))).isEqualTo("{[18480,18840)}");
	}

	@Test
	void writesDateExceptionsAsDaysAndLocalStretches() {
		OpeningHours hours = OpeningHours.parse("DAILY 24h; 2026-10-01..2026-10-02 closed; 2026-10-03 23:00-01:00");

		assertThat(HoursColumns.exceptionDays(hours))
			.isEqualTo("{[2026-10-01,2026-10-02),[2026-10-02,2026-10-03),[2026-10-03,2026-10-04)}");
		assertThat(HoursColumns.exceptionOpen(hours)).isEqualTo("{[\"2026-10-03T23:00\",\"2026-10-04T01:00\")}");
	}

	@Test
	void placesTheSearchedMomentInTodaysAndYesterdaysRooms() {
		// Tuesday 05:30 in Beijing, asked from UTC
		HoursColumns.Moment moment = HoursColumns.Moment.of(ZonedDateTime.parse("2026-12-01T05:30+08:00[Asia/Shanghai]")
			.withZoneSameInstant(java.time.ZoneOffset.UTC));

		assertThat(moment.today()).hasToString("2026-12-01");
		assertThat(moment.todayMinute()).isEqualTo(2880 + 330);
		assertThat(moment.yesterday()).hasToString("2026-11-30");
		assertThat(moment.yesterdayMinute()).isEqualTo(1440 + 330);
	}

	@Test
	void mondaysYesterdayIsSundaysRoom() {
		HoursColumns.Moment moment = HoursColumns.Moment.of(ZonedDateTime.parse("2026-11-30T01:00+08:00"));

		assertThat(moment.todayMinute()).isEqualTo(60);
		assertThat(moment.yesterdayMinute()).isEqualTo(6 * 2880 + 1440 + 60);
	}

}
