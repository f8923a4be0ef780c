package org.gonghui.assistance;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;

/**
 * The category the platform proposes from a household's figures, with every figure it
 * used so the page can show the computation. The reviewer confirms it or overrides it
 * with a reason.
 *
 * @param figures what the household declared
 * @param standard the minimum living standard in force for the region on the application
 * date
 * @param perCapitaIncome household income divided by members, HALF_UP to the fen (display
 * only: the tests compare the exact quotient)
 * @param tests each category's threshold and whether income and causes met it, in order
 * @param category the proposed category, or null when not eligible
 * @param ineligibleReasonKey message key of why not eligible, or null when eligible
 */
public record HardshipCategoryProposal(HouseholdFigures figures, MinimumLivingStandard standard, Money perCapitaIncome,
		List<CategoryTest> tests, @Nullable HardshipCategory category, @Nullable String ineligibleReasonKey) {

	public HardshipCategoryProposal {
		tests = List.copyOf(tests);
	}

	public static HardshipCategoryProposal propose(HouseholdFigures figures, MinimumLivingStandard standard,
			HardshipThresholds thresholds) {
		List<CategoryTest> tests = new ArrayList<>();
		tests.add(test(HardshipCategory.DEEP, figures, standard, thresholds.deepBelow(), true, true));
		tests.add(test(HardshipCategory.RELATIVE, figures, standard, thresholds.relativeWithin(), false,
				!Collections.disjoint(figures.causes(), thresholds.relativeCauses())));
		tests.add(test(HardshipCategory.ACCIDENT_INDUCED, figures, standard, thresholds.accidentInducedWithin(), false,
				!Collections.disjoint(figures.causes(), thresholds.accidentInducedCauses())));
		Optional<CategoryTest> met = tests.stream().filter(CategoryTest::met).findFirst();
		if (met.isPresent()) {
			return new HardshipCategoryProposal(figures, standard, figures.perCapitaIncome(), tests,
					met.get().category(), null);
		}
		boolean incomeWithinSome = tests.stream().anyMatch(CategoryTest::incomeWithin);
		return new HardshipCategoryProposal(figures, standard, figures.perCapitaIncome(), tests, null, incomeWithinSome
				? "hardship.proposal.no-qualifying-cause" : "hardship.proposal.income-above-threshold");
	}

	// per-capita income vs standard × multiple, compared exactly: income × 10,000 against
	// standard × basis points × members, so that no rounding moves a household across a
	// line
	private static CategoryTest test(HardshipCategory category, HouseholdFigures figures,
			MinimumLivingStandard standard, Ratio multiple, boolean strictlyBelow, boolean causeMatches) {
		BigInteger income = BigInteger.valueOf(figures.monthlyIncome().fen()).multiply(BigInteger.valueOf(10_000));
		BigInteger line = BigInteger.valueOf(standard.perPersonPerMonth().fen())
			.multiply(BigInteger.valueOf(multiple.basisPoints()))
			.multiply(BigInteger.valueOf(figures.members()));
		int cmp = income.compareTo(line);
		boolean within = strictlyBelow ? cmp < 0 : cmp <= 0;
		return new CategoryTest(category, multiple, standard.perPersonPerMonth().times(multiple), strictlyBelow, within,
				causeMatches);
	}

	public boolean eligible() {
		return this.category != null;
	}

	/**
	 * One category's line of the computation.
	 *
	 * @param threshold the per-person monthly line (standard × multiple, HALF_UP to the
	 * fen)
	 * @param strictlyBelow whether income must be below the line (deep) or may equal it
	 */
	public record CategoryTest(HardshipCategory category, Ratio multiple, Money threshold, boolean strictlyBelow,
			boolean incomeWithin, boolean causeMatches) {

		public boolean met() {
			return this.incomeWithin && this.causeMatches;
		}

	}

}
