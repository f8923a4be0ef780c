package org.gonghui.mutualaid;

import java.time.LocalDate;
import java.util.List;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * What a claim's computation needs to know.
 *
 * @param cover the member's cover periods in this plan (current and earlier years, for
 * continuity)
 * @param alreadyPaidThisYear what the plan has already paid the member in the plan year
 * of the event
 */
public record ClaimFacts(List<CoverPeriod> cover, LocalDate eventDate, String diagnosisCode, List<Invoice> invoices,
		Money alreadyPaidThisYear) {

	public ClaimFacts {
		cover = List.copyOf(cover);
		invoices = List.copyOf(invoices);
		if (invoices.isEmpty()) {
			throw GonghuiException.invalidField("invoices", "claim.invoices-required");
		}
		if (diagnosisCode.isBlank()) {
			throw GonghuiException.invalidField("diagnosisCode", "claim.diagnosis-required");
		}
		if (alreadyPaidThisYear.isNegative()) {
			throw GonghuiException.invalid("money.negative", alreadyPaidThisYear.format());
		}
	}

}
