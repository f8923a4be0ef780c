package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HardshipCategoryProposalTests {

	// 800 yuan per person per month
	static final MinimumLivingStandard STANDARD = new MinimumLivingStandard("540102", LocalDate.of(2026, 1, 1),
			Money.ofYuan(800));

	static HardshipCategoryProposal propose(int members, long incomeYuan, HardshipCause... causes) {
		return HardshipCategoryProposal.propose(new HouseholdFigures(members, Money.ofYuan(incomeYuan), Set.of(causes)),
				STANDARD, HardshipThresholds.defaults());
	}

	@Test
	void proposesDeep_3Members2100Yuan_perCapita700Below800() {
		HardshipCategoryProposal proposal = propose(3, 2100, HardshipCause.UNEMPLOYMENT);
		assertThat(proposal.category()).isEqualTo(HardshipCategory.DEEP);
		assertThat(proposal.eligible()).isTrue();
		assertThat(proposal.ineligibleReasonKey()).isNull();
		assertThat(proposal.perCapitaIncome()).isEqualTo(Money.ofYuan(700));
		assertThat(proposal.tests()).extracting(HardshipCategoryProposal.CategoryTest::threshold)
			.containsExactly(Money.ofYuan(800), Money.ofYuan(1200), Money.ofYuan(2400));
	}

	@Test
	void deepNeedsIncomeStrictlyBelowTheStandard_3Members2400YuanIsExactly800() {
		HardshipCategoryProposal proposal = propose(3, 2400, HardshipCause.UNEMPLOYMENT);
		assertThat(proposal.category()).isNull();
		assertThat(proposal.ineligibleReasonKey()).isEqualTo("hardship.proposal.no-qualifying-cause");
	}

	@Test
	void proposesRelativeWithinOneAndAHalfForIllness_3Members3600YuanIsExactly1200() {
		assertThat(propose(3, 3600, HardshipCause.ILLNESS).category()).isEqualTo(HardshipCategory.RELATIVE);
		assertThat(propose(3, 3600, HardshipCause.SCHOOLING).category()).isEqualTo(HardshipCategory.RELATIVE);
		assertThat(propose(3, 3600, HardshipCause.DISABILITY).category()).isEqualTo(HardshipCategory.RELATIVE);
		assertThat(propose(3, 3600, HardshipCause.SINGLE_PARENT).category()).isEqualTo(HardshipCategory.RELATIVE);
	}

	@Test
	void unemploymentAloneBetweenOneAndOneAndAHalfIsNotEligible_perCapita1000() {
		HardshipCategoryProposal proposal = propose(2, 2000, HardshipCause.UNEMPLOYMENT, HardshipCause.OTHER);
		assertThat(proposal.eligible()).isFalse();
		assertThat(proposal.ineligibleReasonKey()).isEqualTo("hardship.proposal.no-qualifying-cause");
		assertThat(proposal.tests()).allSatisfy((t) -> assertThat(t.met()).isFalse());
		assertThat(proposal.tests().get(1).incomeWithin()).isTrue();
		assertThat(proposal.tests().get(1).causeMatches()).isFalse();
	}

	@Test
	void proposesAccidentInducedWithinThreeTimesForAccident_4Members9600YuanIsExactly2400() {
		assertThat(propose(4, 9600, HardshipCause.ACCIDENT).category()).isEqualTo(HardshipCategory.ACCIDENT_INDUCED);
		assertThat(propose(4, 9000, HardshipCause.DISASTER).category()).isEqualTo(HardshipCategory.ACCIDENT_INDUCED);
	}

	@Test
	void majorIllnessBeyondRelativeLineIsAccidentInduced_perCapita2000() {
		assertThat(propose(2, 4000, HardshipCause.ILLNESS).category()).isEqualTo(HardshipCategory.ACCIDENT_INDUCED);
	}

	@Test
	void schoolingBeyondRelativeLineIsNotEligible_perCapita2000() {
		assertThat(propose(2, 4000, HardshipCause.SCHOOLING).ineligibleReasonKey())
			.isEqualTo("hardship.proposal.no-qualifying-cause");
	}

	@Test
	void aboveThreeTimesIsNotEligibleWhateverTheCause_4Members9600Yuan01() {
		HardshipCategoryProposal proposal = HardshipCategoryProposal.propose(
				new HouseholdFigures(4, Money.parse("9600.01"), Set.of(HardshipCause.ACCIDENT)), STANDARD,
				HardshipThresholds.defaults());
		assertThat(proposal.category()).isNull();
		assertThat(proposal.ineligibleReasonKey()).isEqualTo("hardship.proposal.income-above-threshold");
	}

	@Test
	void comparesExactlyWithoutRoundingThePerCapitaIncome_3Members2399_99() {
		// 2399.99 / 3 = 799.996…: shown as 800.00 but below the 800 line, so deep
		HardshipCategoryProposal proposal = HardshipCategoryProposal.propose(
				new HouseholdFigures(3, Money.parse("2399.99"), Set.of(HardshipCause.OTHER)), STANDARD,
				HardshipThresholds.defaults());
		assertThat(proposal.perCapitaIncome()).isEqualTo(Money.ofYuan(800));
		assertThat(proposal.category()).isEqualTo(HardshipCategory.DEEP);
	}

	@Test
	void deepComesFirstEvenWithAnAccidentCause_zeroIncome() {
		assertThat(propose(1, 0, HardshipCause.ACCIDENT).category()).isEqualTo(HardshipCategory.DEEP);
	}

	@Test
	void usesRegionSpecificMultiples_relativeWithin1_3() {
		HardshipThresholds local = new HardshipThresholds(Ratio.ONE, Ratio.of("1.3"), EnumSet.of(HardshipCause.ILLNESS),
				Ratio.of("2"), EnumSet.of(HardshipCause.ACCIDENT));
		HouseholdFigures figures = new HouseholdFigures(1, Money.ofYuan(1100), Set.of(HardshipCause.ILLNESS));
		assertThat(HardshipCategoryProposal.propose(figures, STANDARD, local).category()).isNull();
		HouseholdFigures lower = new HouseholdFigures(1, Money.ofYuan(1040), Set.of(HardshipCause.ILLNESS));
		assertThat(HardshipCategoryProposal.propose(lower, STANDARD, local).category())
			.isEqualTo(HardshipCategory.RELATIVE);
	}

	@Test
	void refusesMultiplesOutOfOrder() {
		assertThatThrownBy(
				() -> new HardshipThresholds(Ratio.of("2"), Ratio.of("1.5"), Set.of(), Ratio.of("3"), Set.of()))
			.hasMessage("hardship.thresholds.order");
	}

	@Test
	void refusesImpossibleHouseholdFigures() {
		assertThatThrownBy(() -> new HouseholdFigures(0, Money.ZERO, Set.of(HardshipCause.OTHER)))
			.hasMessage("hardship.members.range");
		assertThatThrownBy(() -> new HouseholdFigures(2, Money.ofFen(-1), Set.of(HardshipCause.OTHER)))
			.hasMessage("money.negative");
		assertThatThrownBy(() -> new HouseholdFigures(2, Money.ZERO, Set.of())).hasMessage("hardship.causes.required");
	}

	@Test
	void roundsDisplayedPerCapitaIncomeHalfUp_1FenOver2MembersIs1Fen() {
		assertThat(new HouseholdFigures(2, Money.ofFen(1), Set.of(HardshipCause.OTHER)).perCapitaIncome())
			.isEqualTo(Money.ofFen(1));
		assertThat(new HouseholdFigures(3, Money.ofFen(1), Set.of(HardshipCause.OTHER)).perCapitaIncome())
			.isEqualTo(Money.ZERO);
	}

	@Property
	void moreIncomeNeverMakesAHouseholdMoreSevere(@ForAll @IntRange(min = 1, max = 10) int members,
			@ForAll @LongRange(min = 0, max = 5_000_000) long incomeFen,
			@ForAll @LongRange(min = 0, max = 100_000) long raise) {
		Set<HardshipCause> causes = Set.of(HardshipCause.ILLNESS);
		HardshipCategoryProposal before = HardshipCategoryProposal.propose(
				new HouseholdFigures(members, Money.ofFen(incomeFen), causes), STANDARD, HardshipThresholds.defaults());
		HardshipCategoryProposal after = HardshipCategoryProposal.propose(
				new HouseholdFigures(members, Money.ofFen(incomeFen + raise), causes), STANDARD,
				HardshipThresholds.defaults());
		int severityBefore = before.category() == null ? 3 : before.category().ordinal();
		int severityAfter = after.category() == null ? 3 : after.category().ordinal();
		assertThat(severityAfter).isGreaterThanOrEqualTo(severityBefore);
	}

}
