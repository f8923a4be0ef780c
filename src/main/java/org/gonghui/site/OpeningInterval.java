package org.gonghui.site;

import java.time.LocalTime;

/**
 * One stretch of opening that starts on a given day. {@code closes} at or before
 * {@code opens} means the stretch runs past midnight and ends the next day (22:00–06:00
 * belongs to the day it starts, as a night shift does); {@code closes == opens} means 24
 * hours.
 */
public record OpeningInterval(LocalTime opens, LocalTime closes) {

	private static final int MINUTES_PER_DAY = 24 * 60;

	public OpeningInterval {
		if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
			throw new IllegalArgumentException("opening hours are in whole minutes: " + opens + "-" + closes);
		}
	}

	public static OpeningInterval of(String opens, String closes) {
		return new OpeningInterval(LocalTime.parse(opens),
				"24:00".equals(closes) ? LocalTime.MIDNIGHT : LocalTime.parse(closes));
	}

	/** Open around the clock, midnight to midnight. */
	public static OpeningInterval allDay() {
		return new OpeningInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
	}

	public int startMinute() {
		return this.opens.getHour() * 60 + this.opens.getMinute();
	}

	/** Minutes open, 1 to 1440. */
	public int lengthMinutes() {
		int end = this.closes.getHour() * 60 + this.closes.getMinute();
		int length = end - startMinute();
		return length <= 0 ? length + MINUTES_PER_DAY : length;
	}

	/**
	 * Whether the stretch reaches into the next day (ending exactly at midnight does
	 * not).
	 */
	public boolean crossesMidnight() {
		return startMinute() + lengthMinutes() > MINUTES_PER_DAY;
	}

	public boolean isAllDay() {
		return startMinute() == 0 && lengthMinutes() == MINUTES_PER_DAY;
	}

}
