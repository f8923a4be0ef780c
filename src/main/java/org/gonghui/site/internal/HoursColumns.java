package org.gonghui.site.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gonghui.site.OpeningHours;
import org.gonghui.site.OpeningInterval;

/**
 * Opening hours as the columns the search tests in the row (see V9_0__site.sql), and the
 * moment of a search as the parameters it tests them with. Each weekday gets two days'
 * room ({@value #STRIDE} minutes), so a stretch past midnight stays with the day it
 * starts: then a date exception on Monday closes Monday night's shift into Tuesday
 * without touching Tuesday's own hours, as {@link OpeningHours#isOpenAt} does.
 */
final class HoursColumns {

	static final int STRIDE = 2 * 24 * 60;

	private static final int DAY = 24 * 60;

	private HoursColumns() {
	}

	/** The regular hours as an {@code int4multirange} literal. */
	static String weeklyMinutes(OpeningHours hours) {
		List<String> ranges = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			int base = (day.getValue() - 1) * STRIDE;
			for (OpeningInterval interval : hours.regularHours(day)) {
				int start = base + interval.startMinute();
				ranges.add("[" + start + "," + (start + interval.lengthMinutes()) + ")");
			}
		}
		return "{" + String.join(",", ranges) + "}";
	}

	/** The dates with their own hours, as a {@code datemultirange} literal. */
	static String exceptionDays(OpeningHours hours) {
		List<String> ranges = new ArrayList<>();
		for (LocalDate date : hours.exceptions().keySet()) {
			ranges.add("[" + date + "," + date.plusDays(1) + ")");
		}
		return "{" + String.join(",", ranges) + "}";
	}

	/**
	 * The stretches opened on exception dates, in local time, as a {@code tsmultirange}
	 * literal.
	 */
	static String exceptionOpen(OpeningHours hours) {
		List<String> ranges = new ArrayList<>();
		for (Map.Entry<LocalDate, List<OpeningInterval>> e : hours.exceptions().entrySet()) {
			for (OpeningInterval interval : e.getValue()) {
				LocalDateTime opens = e.getKey().atTime(interval.opens());
				LocalDateTime closes = opens.plusMinutes(interval.lengthMinutes());
				ranges.add("[\"" + opens + "\",\"" + closes + "\")");
			}
		}
		return "{" + String.join(",", ranges) + "}";
	}

	/** The moment of a search, as the open-now condition's parameters. */
	record Moment(LocalDate today, LocalDate yesterday, int todayMinute, int yesterdayMinute, LocalDateTime local) {

		static Moment of(ZonedDateTime when) {
			LocalDateTime local = when.withZoneSameInstant(OpeningHours.ZONE).toLocalDateTime();
			LocalDate today = local.toLocalDate();
			LocalDate yesterday = today.minusDays(1);
			int minuteOfDay = local.getHour() * 60 + local.getMinute();
			return new Moment(today, yesterday, (today.getDayOfWeek().getValue() - 1) * STRIDE + minuteOfDay,
					(yesterday.getDayOfWeek().getValue() - 1) * STRIDE + DAY + minuteOfDay, local);
		}

	}

}
