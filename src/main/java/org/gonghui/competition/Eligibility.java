package org.gonghui.competition;

import java.util.List;

/**
 * The outcome of an eligibility check: eligible, or the reasons why not (message keys).
 */
public record Eligibility(List<String> reasons) {

	public Eligibility {
		reasons = List.copyOf(reasons);
	}

	public boolean isEligible() {
		return this.reasons.isEmpty();
	}

}
