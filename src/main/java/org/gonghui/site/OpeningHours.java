package org.gonghui.site;

import org.gonghui.shared.BusinessTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.gonghui.site.internal.OpeningHoursText;

/**
 * When a site is open: zero or more intervals per weekday, and dates whose hours differ
 * (holidays closed all day, or special hours), all in China Standard Time. An interval
 * belongs to the day it starts, so Monday's 22:00–06:00 is open on Tuesday at 05:00; a
 * date exception replaces that date's own intervals, including any that would run past
 * its midnight, but not the night before's.
 * <p>
 * Stored as compact text ({@link #parse}, {@link #toText}) such as
 * {@code MON-FRI 08:00-20:00; SAT,SUN 09:00-17:00; 2026-10-01 closed; 2026-10-02 10:00-14:00}.
 */
public final class OpeningHours {

	/**
	 * Sites are in mainland China, which keeps one offset all year (no daylight saving).
	 */
	public static final ZoneId ZONE = BusinessTime.ZONE;

	/**
	 * How far {@link #nextOpening} looks ahead: past a year of exceptions, nothing
	 * changes.
	 */
	private static final int SEARCH_DAYS = 400;

	private final Map<DayOfWeek, List<OpeningInterval>> weekly;

	private final TreeMap<LocalDate, List<OpeningInterval>> exceptions;

	private OpeningHours(Map<DayOfWeek, List<OpeningInterval>> weekly,
			Map<LocalDate, List<OpeningInterval>> exceptions) {
		EnumMap<DayOfWeek, List<OpeningInterval>> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, sorted(weekly.getOrDefault(day, List.of())));
		}
		this.weekly = Collections.unmodifiableMap(days);
		this.exceptions = new TreeMap<>();
		exceptions.forEach((date, intervals) -> this.exceptions.put(date, sorted(intervals)));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Open every day around the clock. */
	public static OpeningHours always() {
		Builder builder = builder();
		for (DayOfWeek day : DayOfWeek.values()) {
			builder.on(day, OpeningInterval.allDay());
		}
		return builder.build();
	}

	/**
	 * Reads the compact text form.
	 * @throws org.gonghui.shared.web.GonghuiException with a {@code site.hours.*} message
	 * key and the offending part when the text is malformed
	 */
	public static OpeningHours parse(String text) {
		return OpeningHoursText.parse(text);
	}

	/** The compact text form; {@code parse(hours.toText())} equals {@code hours}. */
	public String toText() {
		return OpeningHoursText.format(this);
	}

	/** For public pages, e.g. {@code 周一至周五 08:00–20:00；周六、周日 休息}. */
	public String toChinese() {
		return OpeningHoursText.chinese(this);
	}

	/** As {@link #toChinese()}, leaving out date exceptions before {@code today}. */
	public String toChinese(LocalDate today) {
		return OpeningHoursText.chinese(this, today);
	}

	/** The weekday's regular intervals, ignoring date exceptions. */
	public List<OpeningInterval> regularHours(DayOfWeek day) {
		return this.weekly.get(day);
	}

	/**
	 * Dates whose hours differ from their weekday's; an empty list means closed all day.
	 */
	public Map<LocalDate, List<OpeningInterval>> exceptions() {
		return Collections.unmodifiableMap(this.exceptions);
	}

	/** The intervals that start on this date, after exceptions. */
	public List<OpeningInterval> hoursOn(LocalDate date) {
		List<OpeningInterval> special = this.exceptions.get(date);
		return special != null ? special : this.weekly.get(date.getDayOfWeek());
	}

	public boolean isOpenAt(ZonedDateTime when) {
		LocalDateTime local = when.withZoneSameInstant(ZONE).toLocalDateTime();
		LocalDate date = local.toLocalDate();
		return startOfOpenStretchCovering(local, date.minusDays(1)).isPresent()
				|| startOfOpenStretchCovering(local, date).isPresent();
	}

	/**
	 * The earliest moment at or after {@code from} when the site is open: {@code from}
	 * itself if it is open then. Empty if the site never opens within about a year (no
	 * regular hours at all).
	 */
	public Optional<ZonedDateTime> nextOpening(ZonedDateTime from) {
		LocalDateTime local = from.withZoneSameInstant(ZONE).toLocalDateTime();
		if (isOpenAt(from)) {
			return Optional.of(from);
		}
		LocalDate date = local.toLocalDate();
		for (int offset = 0; offset <= SEARCH_DAYS; offset++) {
			LocalDate day = date.plusDays(offset);
			for (OpeningInterval interval : hoursOn(day)) {
				LocalDateTime opens = day.atTime(interval.opens());
				if (!opens.isBefore(local)) {
					return Optional.of(opens.atZone(ZONE));
				}
			}
		}
		return Optional.empty();
	}

	/** Whether the site keeps any regular hours at all. */
	public boolean hasRegularHours() {
		return this.weekly.values().stream().anyMatch(intervals -> !intervals.isEmpty());
	}

	private Optional<LocalDateTime> startOfOpenStretchCovering(LocalDateTime moment, LocalDate startDay) {
		for (OpeningInterval interval : hoursOn(startDay)) {
			LocalDateTime opens = startDay.atTime(interval.opens());
			LocalDateTime closes = opens.plusMinutes(interval.lengthMinutes());
			if (!moment.isBefore(opens) && moment.isBefore(closes)) {
				return Optional.of(opens);
			}
		}
		return Optional.empty();
	}

	private static List<OpeningInterval> sorted(List<OpeningInterval> intervals) {
		List<OpeningInterval> copy = new ArrayList<>(intervals);
		copy.sort(Comparator.comparing(OpeningInterval::opens).thenComparing(OpeningInterval::lengthMinutes));
		return List.copyOf(copy);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof OpeningHours that && this.weekly.equals(that.weekly)
				&& this.exceptions.equals(that.exceptions);
	}

	@Override
	public int hashCode() {
		return this.weekly.hashCode() * 31 + this.exceptions.hashCode();
	}

	@Override
	public String toString() {
		return toText();
	}

	/**
	 * Collects weekday intervals and date exceptions; later calls for the same day add
	 * intervals.
	 */
	public static final class Builder {

		private final Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);

		private final Map<LocalDate, List<OpeningInterval>> exceptions = new TreeMap<>();

		private Builder() {
		}

		public Builder on(DayOfWeek day, OpeningInterval... intervals) {
			this.weekly.computeIfAbsent(day, d -> new ArrayList<>()).addAll(List.of(intervals));
			return this;
		}

		public Builder on(List<DayOfWeek> days, OpeningInterval... intervals) {
			days.forEach(day -> on(day, intervals));
			return this;
		}

		public Builder closedOn(LocalDate date) {
			this.exceptions.put(date, new ArrayList<>());
			return this;
		}

		public Builder specialHoursOn(LocalDate date, OpeningInterval... intervals) {
			this.exceptions.computeIfAbsent(date, d -> new ArrayList<>()).addAll(List.of(intervals));
			return this;
		}

		public OpeningHours build() {
			return new OpeningHours(this.weekly, this.exceptions);
		}

	}

}
