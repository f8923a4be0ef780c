package org.gonghui.mutualaid;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as filed: the member, the plan, the event and its invoices.
 *
 * @param diagnosisCode the code matched against the plan's disease list (ICD-10 or the
 * plan's own)
 * @param diagnosis the diagnosis in words, as on the medical papers
 */
public record NewClaim(long memberId, long planId, LocalDate eventDate, String diagnosisCode, String diagnosis,
		List<Invoice> invoices) {

	public NewClaim {
		invoices = List.copyOf(invoices);
	}

}
