package org.gonghui.mutualaid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gonghui.shared.money.Money;

/**
 * Computes what a plan pays on a claim, in this order, each step a line the reviewer
 * sees:
 * <ol>
 * <li>cover on the event date, counted from the start of continuous cover; none → 0;</li>
 * <li>exclusion period (days 1–30 by default) → 0;</li>
 * <li>diagnosis on the plan's disease list, if it has one; otherwise → 0;</li>
 * <li>self-paid total of the invoices, less the deductible (not below 0);</li>
 * <li>times the payout ratio, rounded HALF_UP to the fen;</li>
 * <li>during the reduced-payout period (days 31–90 by default), times the reduced factor,
 * rounded HALF_UP to the fen;</li>
 * <li>at most what remains of the yearly cap after what was already paid this year.</li>
 * </ol>
 * The result therefore never exceeds the self-paid total nor the remaining cap.
 */
public final class ClaimCalculator {

	private ClaimCalculator() {
	}

	public static ClaimComputation calculate(PlanTerms terms, ClaimFacts facts) {
		List<ComputationLine> lines = new ArrayList<>();
		LocalDate event = facts.eventDate();
		Optional<LocalDate> since = terms.continuousCoverSince(facts.cover(), event);
		if (since.isEmpty()) {
			lines.add(ComputationLine.fact("claim.line.no-cover", event.toString()));
			return zero(lines, "claim.no-cover");
		}
		int day = PlanTerms.coverDay(since.get(), event);
		lines.add(ComputationLine.fact("claim.line.cover-day", since.get().toString(), Integer.toString(day)));
		if (day <= terms.exclusionDays()) {
			lines.add(ComputationLine.fact("claim.line.exclusion-period", Integer.toString(terms.exclusionDays())));
			return zero(lines, "claim.waiting-period");
		}
		if (!terms.covers(facts.diagnosisCode())) {
			DiseaseList list = terms.coveredDiseases();
			// the diagnosis stays out of the lines: they are stored and shown in the
			// clear,
			// while the diagnosis is health data, encrypted and audited on every read
			lines.add(ComputationLine.fact("claim.line.disease-not-on-list", list == null ? "" : list.name()));
			return zero(lines, "claim.disease-not-covered");
		}

		Money invoiced = facts.invoices().stream().map(Invoice::amount).reduce(Money.ZERO, Money::plus);
		Money selfPaid = facts.invoices().stream().map(Invoice::selfPaid).reduce(Money.ZERO, Money::plus);
		lines.add(ComputationLine.of("claim.line.invoiced", invoiced, Integer.toString(facts.invoices().size())));
		lines.add(ComputationLine.of("claim.line.self-paid", selfPaid));
		Money deducted = terms.deductible().min(selfPaid);
		lines.add(ComputationLine.of("claim.line.deductible", deducted.negate(), terms.deductible().format()));
		Money base = selfPaid.minus(deducted);
		lines.add(ComputationLine.of("claim.line.above-deductible", base));
		if (base.isZero()) {
			return zero(lines, "claim.within-deductible");
		}

		Money amount = base.times(terms.payoutRatio());
		lines.add(ComputationLine.of("claim.line.payout-ratio", amount, terms.payoutRatio().formatPercent()));
		if (day <= terms.reducedPayoutUntilDay()) {
			amount = amount.times(terms.reducedPayoutFactor());
			lines.add(ComputationLine.of("claim.line.reduced-payout", amount, Integer.toString(day),
					terms.reducedPayoutFactor().formatPercent()));
		}

		Money remainingCap = terms.yearlyCapPerMember().minus(facts.alreadyPaidThisYear()).atLeastZero();
		lines.add(ComputationLine.of("claim.line.remaining-cap", remainingCap, terms.yearlyCapPerMember().format(),
				facts.alreadyPaidThisYear().format()));
		Money payable = amount.min(remainingCap);
		lines.add(ComputationLine.of("claim.line.payable", payable));
		if (payable.isZero()) {
			return new ClaimComputation(payable, lines,
					remainingCap.isZero() ? "claim.cap-reached" : "claim.rounds-to-zero");
		}
		return new ClaimComputation(payable, lines, null);
	}

	private static ClaimComputation zero(List<ComputationLine> lines, String reasonKey) {
		lines.add(ComputationLine.of("claim.line.payable", Money.ZERO));
		return new ClaimComputation(Money.ZERO, lines, reasonKey);
	}

}
