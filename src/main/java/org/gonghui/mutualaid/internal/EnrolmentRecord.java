package org.gonghui.mutualaid.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.gonghui.mutualaid.CoverPeriod;
import org.gonghui.shared.money.Money;

/** One member's cover in one plan for one year. */
record EnrolmentRecord(long id, long planId, String planName, int year, long memberId, String memberName,
		String idNumberMasked, long orgId, String orgPath, LocalDate firstDay, LocalDate lastDay, Money premium,
		String certificateNo, Instant enrolledAt) {

	CoverPeriod cover() {
		return new CoverPeriod(this.firstDay, this.lastDay);
	}

}
