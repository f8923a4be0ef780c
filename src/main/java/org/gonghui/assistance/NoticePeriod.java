package org.gonghui.assistance;

import java.time.LocalDate;

import org.gonghui.shared.web.GonghuiException;

/**
 * A public notice (公示) from its first to its last day, both inclusive: a 5-day notice
 * starting on Monday runs to Friday and has ended on Saturday.
 */
public record NoticePeriod(LocalDate firstDay, LocalDate lastDay) {

	// a notice shorter than a day is no notice; a quarter is far longer than any local
	// rule
	static final int MAX_DAYS = 90;

	public NoticePeriod {
		if (lastDay.isBefore(firstDay)) {
			throw GonghuiException.invalid("hardship.notice.days-range", 1, MAX_DAYS);
		}
	}

	public static NoticePeriod of(LocalDate firstDay, int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw GonghuiException.invalidField("noticeDays", "hardship.notice.days-range", 1, MAX_DAYS);
		}
		return new NoticePeriod(firstDay, firstDay.plusDays(days - 1L));
	}

	public boolean includes(LocalDate day) {
		return !day.isBefore(this.firstDay) && !day.isAfter(this.lastDay);
	}

	public boolean hasEndedBy(LocalDate day) {
		return day.isAfter(this.lastDay);
	}

}
