package org.gonghui.site;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningHoursTests {

	// 2026-03-02 is a Monday
	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static ZonedDateTime at(LocalDate date, String time) {
		return LocalDateTime.of(date, java.time.LocalTime.parse(time)).atZone(OpeningHours.ZONE);
	}

	@Test
	void overnightMondayShiftIsOpenMonday2300AndTuesday0500_butNotTuesday0700() {
		OpeningHours hours = OpeningHours.parse("MON 22:00-06:00");

		assertThat(hours.isOpenAt(at(MONDAY, "23:00"))).isTrue();
		assertThat(hours.isOpenAt(at(MONDAY.plusDays(1), "05:00"))).isTrue();
		assertThat(hours.isOpenAt(at(MONDAY.plusDays(1), "07:00"))).isFalse();
		assertThat(hours.isOpenAt(at(MONDAY, "05:00"))).as("Sunday night is not Monday's").isFalse();
	}

	@Test
	void opensAtTheStartMinuteAndClosesAtTheEndMinute_0800to2000() {
		OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00");

		assertThat(hours.isOpenAt(at(MONDAY, "07:59"))).isFalse();
		assertThat(hours.isOpenAt(at(MONDAY, "08:00"))).isTrue();
		assertThat(hours.isOpenAt(at(MONDAY, "19:59"))).isTrue();
		assertThat(hours.isOpenAt(at(MONDAY, "20:00"))).isFalse();
	}

	@Test
	void isClosedAllDayOnAHolidayThatFallsOnAWeekday_NationalDay2026_10_01Thursday() {
		OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00; 2026-10-01 closed");
		LocalDate nationalDay = LocalDate.of(2026, 10, 1);

		assertThat(nationalDay.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
		assertThat(hours.isOpenAt(at(nationalDay, "12:00"))).isFalse();
		assertThat(hours.isOpenAt(at(nationalDay.plusDays(1), "12:00"))).isTrue();
	}

	@Test
	void keepsSpecialHoursOnADate_10to14On2026_10_02() {
		OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00; 2026-10-02 10:00-14:00");
		LocalDate date = LocalDate.of(2026, 10, 2);

		assertThat(hours.isOpenAt(at(date, "09:00"))).isFalse();
		assertThat(hours.isOpenAt(at(date, "13:59"))).isTrue();
		assertThat(hours.isOpenAt(at(date, "15:00"))).isFalse();
	}

	@Test
	void specialHoursOpenASiteOnADayItIsNormallyClosed_Sunday2026_09_27MakeUpWorkday() {
		OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00; 2026-09-27 08:00-20:00");

		assertThat(hours.isOpenAt(at(LocalDate.of(2026, 9, 27), "10:00"))).isTrue();
		assertThat(hours.isOpenAt(at(LocalDate.of(2026, 9, 20), "10:00"))).isFalse();
	}

	@Test
	void closingADateAlsoCancelsItsOvernightStretch_butNotTheNightBefore() {
		OpeningHours hours = OpeningHours.parse("DAILY 22:00-06:00; 2026-03-03 closed");
		LocalDate tuesday = MONDAY.plusDays(1);

		assertThat(hours.isOpenAt(at(tuesday, "05:00"))).as("Monday's night shift").isTrue();
		assertThat(hours.isOpenAt(at(tuesday, "23:00"))).isFalse();
		assertThat(hours.isOpenAt(at(tuesday.plusDays(1), "05:00"))).isFalse();
	}

	@Test
	void aTwentyFourHourSiteIsOpenAtEveryMinute() {
		OpeningHours hours = OpeningHours.parse("DAILY 24h");

		assertThat(hours).isEqualTo(OpeningHours.always());
		for (String time : new String[] { "00:00", "00:01", "03:30", "12:00", "23:59" }) {
			assertThat(hours.isOpenAt(at(MONDAY, time))).as(time).isTrue();
		}
	}

	@Test
	void zeroToTwentyFourMeansAllDay() {
		assertThat(OpeningHours.parse("MON-SUN 00:00-24:00")).isEqualTo(OpeningHours.always());
	}

	@Test
	void readsTheInstantInChinaTime_0100Utc_is0900Beijing() {
		OpeningHours hours = OpeningHours.parse("MON 08:00-10:00");
		ZonedDateTime utc = ZonedDateTime.of(2026, 3, 2, 1, 0, 0, 0, ZoneId.of("UTC"));

		assertThat(hours.isOpenAt(utc)).isTrue();
		assertThat(hours.isOpenAt(utc.plusHours(2))).isFalse();
	}

	@Test
	void keepsALunchBreak_0800to1200And1400to1800() {
		OpeningHours hours = OpeningHours.parse("MON 08:00-12:00,14:00-18:00");

		assertThat(hours.isOpenAt(at(MONDAY, "11:00"))).isTrue();
		assertThat(hours.isOpenAt(at(MONDAY, "13:00"))).isFalse();
		assertThat(hours.isOpenAt(at(MONDAY, "15:00"))).isTrue();
	}

	@Test
	void nextOpeningIsNowWhenOpen() {
		OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00");
		ZonedDateTime now = at(MONDAY, "09:15");

		assertThat(hours.nextOpening(now)).contains(now);
	}

	@Test
	void nextOpeningAfterFridayEveningIsMonday0800() {
		OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00");

		assertThat(hours.nextOpening(at(MONDAY.plusDays(4), "21:00"))).contains(at(MONDAY.plusDays(7), "08:00"));
	}

	@Test
	void nextOpeningAfterTheLunchBreakIs1400SameDay() {
		OpeningHours hours = OpeningHours.parse("MON 08:00-12:00,14:00-18:00");

		assertThat(hours.nextOpening(at(MONDAY, "12:30"))).contains(at(MONDAY, "14:00"));
	}

	@Test
	void nextOpeningSkipsAGoldenWeekClosure_2026_10_01to07() {
		OpeningHours hours = OpeningHours.parse("MON-FRI 08:00-20:00; 2026-10-01..2026-10-07 closed");

		assertThat(hours.nextOpening(at(LocalDate.of(2026, 9, 30), "20:30")))
			.contains(at(LocalDate.of(2026, 10, 8), "08:00"));
	}

	@Test
	void nextOpeningFindsAnOvernightSiteOpenAtSunday0300FromSaturdayNight() {
		OpeningHours hours = OpeningHours.parse("SAT 22:00-06:00");
		LocalDate sunday = MONDAY.minusDays(1);

		assertThat(hours.nextOpening(at(sunday, "03:00"))).contains(at(sunday, "03:00"));
		assertThat(hours.nextOpening(at(sunday, "07:00"))).contains(at(sunday.plusDays(6), "22:00"));
	}

	@Test
	void nextOpeningIsEmptyForASiteThatNeverOpens() {
		OpeningHours hours = OpeningHours.parse("MON-SUN closed");

		assertThat(hours.hasRegularHours()).isFalse();
		assertThat(hours.nextOpening(at(MONDAY, "09:00"))).isEmpty();
	}

	@Test
	void builderAndTextAgree() {
		OpeningHours built = OpeningHours.builder()
			.on(java.util.List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY), OpeningInterval.of("08:00", "20:00"))
			.on(DayOfWeek.SATURDAY, OpeningInterval.of("09:00", "17:00"))
			.on(DayOfWeek.SUNDAY, OpeningInterval.of("09:00", "17:00"))
			.closedOn(LocalDate.of(2026, 10, 1))
			.specialHoursOn(LocalDate.of(2026, 10, 2), OpeningInterval.of("10:00", "14:00"))
			.build();

		assertThat(built).isEqualTo(OpeningHours
			.parse("MON-FRI 08:00-20:00; SAT,SUN 09:00-17:00; 2026-10-01 closed; 2026-10-02 10:00-14:00"));
	}

}
