package org.gonghui.site.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.web.GonghuiException;
import org.gonghui.site.OpeningHours;
import org.gonghui.site.OpeningInterval;

/**
 * The compact text form of {@link OpeningHours} and its Chinese rendering.
 * <p>
 * Grammar (case-insensitive; {@code ；}, {@code ;} or a line break between clauses): <pre>
 * clause   = days " " hours | dates " " hours
 * days     = day ("," day)*          day  = MON|TUE|…|SUN | MON-FRI | DAILY   (FRI-MON wraps)
 * dates    = 2026-10-01 | 2026-10-01..2026-10-07
 * hours    = "closed" | "24h" | time-time ("," time-time)*   e.g. 08:00-12:00,14:00-18:00, 22:00-06:00, 18:00-24:00
 * </pre> A weekday or date may appear in one clause only, so a typo cannot silently
 * override another line.
 */
public final class OpeningHoursText {

	private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

	private static final Pattern DATE_HEAD = Pattern.compile("\\d{4}-.*");

	/** A holiday run longer than a year is a typo, not a closure. */
	private static final int MAX_DATE_RANGE_DAYS = 366;

	private static final List<String> DAY_CODES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

	private static final List<String> DAY_NAMES = List.of("周一", "周二", "周三", "周四", "周五", "周六", "周日");

	private OpeningHoursText() {
	}

	public static OpeningHours parse(String text) {
		String normalised = text.replace('；', ';').replace('\n', ';').replace('–', '-').replace('—', '-').trim();
		if (normalised.isEmpty()) {
			throw GonghuiException.invalid("site.hours.blank");
		}
		OpeningHours.Builder builder = OpeningHours.builder();
		Set<DayOfWeek> seenDays = EnumSet.noneOf(DayOfWeek.class);
		Set<LocalDate> seenDates = new HashSet<>();
		for (String rawClause : normalised.split(";")) {
			String clause = rawClause.trim().replaceAll("\\s+", " ");
			if (clause.isEmpty()) {
				continue;
			}
			int space = clause.indexOf(' ');
			if (space < 0) {
				throw GonghuiException.invalid("site.hours.clause", clause);
			}
			String head = clause.substring(0, space);
			List<OpeningInterval> intervals = intervals(clause.substring(space + 1).replace(" ", ""));
			if (DATE_HEAD.matcher(head).matches()) {
				for (LocalDate date : dates(head)) {
					if (!seenDates.add(date)) {
						throw GonghuiException.invalid("site.hours.duplicate-date", date.toString());
					}
					if (intervals.isEmpty()) {
						builder.closedOn(date);
					}
					else {
						builder.specialHoursOn(date, intervals.toArray(OpeningInterval[]::new));
					}
				}
			}
			else {
				for (DayOfWeek day : days(head)) {
					if (!seenDays.add(day)) {
						throw GonghuiException.invalid("site.hours.duplicate-day", DAY_NAMES.get(day.ordinal()));
					}
					builder.on(day, intervals.toArray(OpeningInterval[]::new));
				}
			}
		}
		if (seenDays.isEmpty() && seenDates.isEmpty()) {
			throw GonghuiException.invalid("site.hours.blank");
		}
		return builder.build();
	}

	private static List<DayOfWeek> days(String head) {
		List<DayOfWeek> days = new ArrayList<>();
		for (String item : head.toUpperCase(Locale.ROOT).split(",")) {
			if (item.equals("DAILY")) {
				days.addAll(List.of(DayOfWeek.values()));
				continue;
			}
			String[] ends = item.split("-", -1);
			if (ends.length == 1) {
				days.add(day(ends[0]));
			}
			else if (ends.length == 2) {
				DayOfWeek from = day(ends[0]);
				DayOfWeek to = day(ends[1]);
				for (DayOfWeek d = from;; d = d.plus(1)) {
					days.add(d);
					if (d == to) {
						break;
					}
				}
			}
			else {
				throw GonghuiException.invalid("site.hours.day", item);
			}
		}
		return days;
	}

	private static DayOfWeek day(String code) {
		int index = DAY_CODES.indexOf(code);
		if (index < 0) {
			throw GonghuiException.invalid("site.hours.day", code);
		}
		return DayOfWeek.of(index + 1);
	}

	private static List<LocalDate> dates(String head) {
		String[] ends = head.split("\\.\\.", -1);
		if (ends.length > 2) {
			throw GonghuiException.invalid("site.hours.date", head);
		}
		LocalDate from = date(ends[0]);
		LocalDate to = ends.length == 2 ? date(ends[1]) : from;
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DATE_RANGE_DAYS) {
			throw GonghuiException.invalid("site.hours.date-range", head);
		}
		return from.datesUntil(to.plusDays(1)).toList();
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw GonghuiException.invalid("site.hours.date", text);
		}
	}

	private static List<OpeningInterval> intervals(String hours) {
		String lower = hours.toLowerCase(Locale.ROOT);
		if (lower.equals("closed")) {
			return List.of();
		}
		if (lower.equals("24h")) {
			return List.of(OpeningInterval.allDay());
		}
		List<OpeningInterval> intervals = new ArrayList<>();
		for (String range : hours.split(",")) {
			intervals.add(interval(range));
		}
		return intervals;
	}

	private static OpeningInterval interval(String range) {
		Matcher m = TIME_RANGE.matcher(range);
		if (!m.matches()) {
			throw GonghuiException.invalid("site.hours.time", range);
		}
		int openHour = Integer.parseInt(m.group(1));
		int openMinute = Integer.parseInt(m.group(2));
		int closeHour = Integer.parseInt(m.group(3));
		int closeMinute = Integer.parseInt(m.group(4));
		boolean closesAtMidnight = closeHour == 24 && closeMinute == 0;
		if (openHour > 23 || openMinute > 59 || (closeHour > 23 && !closesAtMidnight) || closeMinute > 59) {
			throw GonghuiException.invalid("site.hours.time", range);
		}
		LocalTime opens = LocalTime.of(openHour, openMinute);
		LocalTime closes = closesAtMidnight ? LocalTime.MIDNIGHT : LocalTime.of(closeHour, closeMinute);
		// equal ends would read as 24 hours; only 00:00-24:00 (or "24h") may say that
		if (opens.equals(closes) && !(closesAtMidnight && opens.equals(LocalTime.MIDNIGHT))) {
			throw GonghuiException.invalid("site.hours.empty-interval", range);
		}
		return new OpeningInterval(opens, closes);
	}

	public static String format(OpeningHours hours) {
		List<String> clauses = new ArrayList<>();
		weekdayGroups(hours).forEach((intervals, days) -> {
			if (!intervals.isEmpty()) {
				clauses.add(dayCodes(days) + " " + intervalsText(intervals));
			}
		});
		if (clauses.isEmpty()) {
			clauses.add("MON-SUN closed");
		}
		dateRuns(hours, null).forEach(
				run -> clauses.add((run.from().equals(run.to()) ? run.from().toString() : run.from() + ".." + run.to())
						+ " " + intervalsText(run.intervals())));
		return String.join("; ", clauses);
	}

	/**
	 * Chinese for public pages; date exceptions before {@code shownFrom} are left out
	 * (null shows all).
	 */
	public static String chinese(OpeningHours hours, @Nullable LocalDate shownFrom) {
		List<String> parts = new ArrayList<>();
		Map<List<OpeningInterval>, List<DayOfWeek>> groups = weekdayGroups(hours);
		if (groups.size() == 1) {
			parts.add("每天 " + chineseIntervals(groups.keySet().iterator().next()));
		}
		else {
			groups.forEach((intervals, days) -> parts.add(dayNames(days) + " " + chineseIntervals(intervals)));
		}
		for (DateRun run : dateRuns(hours, shownFrom)) {
			String dates = chineseDate(run.from(), true);
			if (!run.from().equals(run.to())) {
				dates += "至" + chineseDate(run.to(), run.to().getYear() != run.from().getYear());
			}
			parts.add(dates + " " + chineseIntervals(run.intervals()));
		}
		return String.join("；", parts);
	}

	public static String chinese(OpeningHours hours) {
		return chinese(hours, null);
	}

	/** Weekdays with identical hours, in the order of their first day. */
	private static Map<List<OpeningInterval>, List<DayOfWeek>> weekdayGroups(OpeningHours hours) {
		Map<List<OpeningInterval>, List<DayOfWeek>> groups = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			groups.computeIfAbsent(hours.regularHours(day), k -> new ArrayList<>()).add(day);
		}
		return groups;
	}

	private record DateRun(LocalDate from, LocalDate to, List<OpeningInterval> intervals) {
	}

	private static List<DateRun> dateRuns(OpeningHours hours, @Nullable LocalDate shownFrom) {
		List<DateRun> runs = new ArrayList<>();
		for (Map.Entry<LocalDate, List<OpeningInterval>> e : hours.exceptions().entrySet()) {
			if (shownFrom != null && e.getKey().isBefore(shownFrom)) {
				continue;
			}
			DateRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && last.to().plusDays(1).equals(e.getKey()) && last.intervals().equals(e.getValue())) {
				runs.set(runs.size() - 1, new DateRun(last.from(), e.getKey(), last.intervals()));
			}
			else {
				runs.add(new DateRun(e.getKey(), e.getKey(), e.getValue()));
			}
		}
		return runs;
	}

	/** Consecutive runs of three or more days as a range, shorter runs listed. */
	private static List<List<DayOfWeek>> runs(List<DayOfWeek> days) {
		List<List<DayOfWeek>> runs = new ArrayList<>();
		for (DayOfWeek day : days) {
			List<DayOfWeek> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && last.get(last.size() - 1).plus(1) == day && day != DayOfWeek.MONDAY) {
				last.add(day);
			}
			else {
				runs.add(new ArrayList<>(List.of(day)));
			}
		}
		return runs;
	}

	private static String dayCodes(List<DayOfWeek> days) {
		List<String> items = new ArrayList<>();
		for (List<DayOfWeek> run : runs(days)) {
			if (run.size() >= 3) {
				items.add(DAY_CODES.get(run.get(0).ordinal()) + "-" + DAY_CODES.get(run.get(run.size() - 1).ordinal()));
			}
			else {
				run.forEach(d -> items.add(DAY_CODES.get(d.ordinal())));
			}
		}
		return String.join(",", items);
	}

	private static String dayNames(List<DayOfWeek> days) {
		List<String> items = new ArrayList<>();
		for (List<DayOfWeek> run : runs(days)) {
			if (run.size() >= 3) {
				items.add(DAY_NAMES.get(run.get(0).ordinal()) + "至" + DAY_NAMES.get(run.get(run.size() - 1).ordinal()));
			}
			else {
				run.forEach(d -> items.add(DAY_NAMES.get(d.ordinal())));
			}
		}
		return String.join("、", items);
	}

	private static String intervalsText(List<OpeningInterval> intervals) {
		if (intervals.isEmpty()) {
			return "closed";
		}
		if (intervals.size() == 1 && intervals.get(0).isAllDay()) {
			return "24h";
		}
		List<String> items = new ArrayList<>();
		for (OpeningInterval interval : intervals) {
			items.add(interval.opens() + "-" + closesText(interval));
		}
		return String.join(",", items);
	}

	private static String chineseIntervals(List<OpeningInterval> intervals) {
		if (intervals.isEmpty()) {
			return "休息";
		}
		if (intervals.size() == 1 && intervals.get(0).isAllDay()) {
			return "24小时开放";
		}
		List<String> items = new ArrayList<>();
		for (OpeningInterval interval : intervals) {
			items.add(interval.opens() + "–" + (interval.crossesMidnight() ? "次日" : "") + closesText(interval));
		}
		return String.join("、", items);
	}

	private static String closesText(OpeningInterval interval) {
		boolean endsAtMidnight = interval.startMinute() + interval.lengthMinutes() == 24 * 60;
		return endsAtMidnight ? "24:00" : interval.closes().toString();
	}

	private static String chineseDate(LocalDate date, boolean withYear) {
		return (withYear ? date.getYear() + "年" : "") + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
