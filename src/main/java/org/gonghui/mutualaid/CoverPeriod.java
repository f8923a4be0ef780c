package org.gonghui.mutualaid;

import java.time.LocalDate;

import org.gonghui.shared.web.GonghuiException;

/** One enrolment's cover, first and last day inclusive (usually a plan year). */
public record CoverPeriod(LocalDate firstDay, LocalDate lastDay) {

	public CoverPeriod {
		if (lastDay.isBefore(firstDay)) {
			throw GonghuiException.invalid("mutual-aid.cover.dates-order");
		}
	}

	public boolean includes(LocalDate day) {
		return !day.isBefore(this.firstDay) && !day.isAfter(this.lastDay);
	}

}
