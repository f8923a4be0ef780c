package org.gonghui.mutualaid;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;

/**
 * The payable amount of a claim with the lines that lead to it.
 *
 * @param zeroReasonKey why nothing is payable (waiting period, no cover, disease not
 * covered, within deductible, cap reached), or null when something is
 */
public record ClaimComputation(Money payable, List<ComputationLine> lines, @Nullable String zeroReasonKey) {

	public ClaimComputation {
		lines = List.copyOf(lines);
	}

	public boolean payableAtAll() {
		return this.payable.isPositive();
	}

}
