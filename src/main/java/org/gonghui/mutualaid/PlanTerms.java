package org.gonghui.mutualaid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.web.GonghuiException;

/**
 * A plan's terms for one year. The waiting period follows the Tianjin plan (RULES.md):
 * for a new member, days 1–{@code exclusionDays} pay nothing, days up to
 * {@code reducedPayoutUntilDay} pay the normal amount times {@code reducedPayoutFactor};
 * renewing within {@code continuityGraceDays} after the previous cover ended keeps cover
 * continuous, with no new waiting period.
 *
 * @param premiumPerMemberPerYear what an organisation pays per enrolled member per year
 * @param exclusionDays days from the start of continuous cover with no payout (30)
 * @param reducedPayoutUntilDay last day of reduced payout (90); equal to exclusionDays
 * for none
 * @param reducedPayoutFactor share of the normal payout paid during the reduced period
 * (the rules give no figure: 50 % is our default)
 * @param coveredDiseases null for any diagnosis; otherwise the only diseases covered
 * @param deductible subtracted from each claim's self-paid total (免赔额, per claim)
 * @param payoutRatio share of the self-paid amount above the deductible that is paid
 * (赔付比例)
 * @param yearlyCapPerMember most a member receives from the plan in a plan year (年度限额)
 * @param continuityGraceDays days after expiry within which renewal keeps cover
 * continuous (30)
 */
public record PlanTerms(Money premiumPerMemberPerYear, int exclusionDays, int reducedPayoutUntilDay,
		Ratio reducedPayoutFactor, @Nullable DiseaseList coveredDiseases, Money deductible, Ratio payoutRatio,
		Money yearlyCapPerMember, int continuityGraceDays) {

	public static final int DEFAULT_EXCLUSION_DAYS = 30;

	public static final int DEFAULT_REDUCED_PAYOUT_UNTIL_DAY = 90;

	public static final Ratio DEFAULT_REDUCED_PAYOUT_FACTOR = Ratio.percent(50);

	public static final int DEFAULT_CONTINUITY_GRACE_DAYS = 30;

	public PlanTerms {
		if (premiumPerMemberPerYear.isNegative() || deductible.isNegative()) {
			throw GonghuiException.invalid("mutual-aid.terms.negative-amount");
		}
		if (!yearlyCapPerMember.isPositive()) {
			throw GonghuiException.invalidField("yearlyCapPerMember", "mutual-aid.terms.cap-not-positive");
		}
		if (exclusionDays < 0 || reducedPayoutUntilDay < exclusionDays || continuityGraceDays < 0) {
			throw GonghuiException.invalid("mutual-aid.terms.waiting-days");
		}
		if (!payoutRatio.isAtMostOne() || !reducedPayoutFactor.isAtMostOne()) {
			throw GonghuiException.invalid("mutual-aid.terms.ratio-above-one");
		}
	}

	/**
	 * Terms with the Tianjin waiting period and continuity defaults, covering any
	 * diagnosis.
	 */
	public static PlanTerms withDefaults(Money premium, Money deductible, Ratio payoutRatio, Money yearlyCap) {
		return new PlanTerms(premium, DEFAULT_EXCLUSION_DAYS, DEFAULT_REDUCED_PAYOUT_UNTIL_DAY,
				DEFAULT_REDUCED_PAYOUT_FACTOR, null, deductible, payoutRatio, yearlyCap, DEFAULT_CONTINUITY_GRACE_DAYS);
	}

	public PlanTerms restrictedTo(DiseaseList diseases) {
		return new PlanTerms(this.premiumPerMemberPerYear, this.exclusionDays, this.reducedPayoutUntilDay,
				this.reducedPayoutFactor, diseases, this.deductible, this.payoutRatio, this.yearlyCapPerMember,
				this.continuityGraceDays);
	}

	public PlanTerms withWaitingPeriod(int exclusionDays, int reducedPayoutUntilDay, Ratio reducedPayoutFactor) {
		return new PlanTerms(this.premiumPerMemberPerYear, exclusionDays, reducedPayoutUntilDay, reducedPayoutFactor,
				this.coveredDiseases, this.deductible, this.payoutRatio, this.yearlyCapPerMember,
				this.continuityGraceDays);
	}

	public boolean covers(String diagnosisCode) {
		DiseaseList list = this.coveredDiseases;
		return list == null || list.covers(diagnosisCode);
	}

	/**
	 * The first day of the member's continuous cover that includes {@code day}, or empty
	 * if no cover includes it. Cover renewed within the grace days after the previous one
	 * ended continues it; a longer gap starts a new waiting period.
	 */
	public Optional<LocalDate> continuousCoverSince(List<CoverPeriod> periods, LocalDate day) {
		List<CoverPeriod> sorted = periods.stream().sorted(Comparator.comparing(CoverPeriod::firstDay)).toList();
		Optional<CoverPeriod> current = sorted.stream().filter((p) -> p.includes(day)).reduce((a, b) -> b);
		if (current.isEmpty()) {
			return Optional.empty();
		}
		LocalDate since = current.get().firstDay();
		for (int i = sorted.indexOf(current.get()) - 1; i >= 0; i--) {
			CoverPeriod previous = sorted.get(i);
			if (previous.firstDay().isAfter(since)) {
				continue;
			}
			if (since.isAfter(previous.lastDay().plusDays(this.continuityGraceDays))) {
				break;
			}
			since = previous.firstDay().isBefore(since) ? previous.firstDay() : since;
		}
		return Optional.of(since);
	}

	/** Day 1 is the first day of continuous cover. */
	static int coverDay(LocalDate since, LocalDate day) {
		return Math.toIntExact(ChronoUnit.DAYS.between(since, day) + 1);
	}

}
