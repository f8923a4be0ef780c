package org.gonghui.mutualaid;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimCalculatorTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final List<CoverPeriod> YEAR_2026 = List.of(new CoverPeriod(START, LocalDate.of(2026, 12, 31)));

	// premium 55, deductible 500, ratio 60 %, cap 10,000; waiting period 30 days +
	// reduced to day 90 at 50 %
	static final PlanTerms TERMS = PlanTerms.withDefaults(Money.ofYuan(55), Money.ofYuan(500), Ratio.percent(60),
			Money.ofYuan(10_000));

	static LocalDate day(int n) {
		return START.plusDays(n - 1L);
	}

	static ClaimFacts facts(LocalDate event, long selfPaidYuan, long alreadyPaidYuan) {
		return new ClaimFacts(YEAR_2026, event, "J18",
				List.of(new Invoice("INV-1", Money.ofYuan(selfPaidYuan + 3_000), Money.ofYuan(selfPaidYuan))),
				Money.ofYuan(alreadyPaidYuan));
	}

	@Test
	void pays6900_selfPaid12000MinusDeductible500Times60PercentWith7000CapLeft() {
		ClaimComputation c = ClaimCalculator.calculate(TERMS, facts(day(120), 12_000, 3_000));
		assertThat(c.payable()).isEqualTo(Money.ofYuan(6_900));
		assertThat(c.zeroReasonKey()).isNull();
		assertThat(c.payableAtAll()).isTrue();
		assertThat(c.lines()).extracting(ComputationLine::labelKey)
			.containsExactly("claim.line.cover-day", "claim.line.invoiced", "claim.line.self-paid",
					"claim.line.deductible", "claim.line.above-deductible", "claim.line.payout-ratio",
					"claim.line.remaining-cap", "claim.line.payable");
		assertThat(c.lines()).extracting(ComputationLine::amount)
			.containsExactly(null, Money.ofYuan(15_000), Money.ofYuan(12_000), Money.ofYuan(-500), Money.ofYuan(11_500),
					Money.ofYuan(6_900), Money.ofYuan(7_000), Money.ofYuan(6_900));
		assertThat(c.lines().get(0).args()).containsExactly("2026-01-01", "120");
		assertThat(c.lines().get(5).args()).containsExactly("60%");
	}

	@Test
	void capsAtTheRemainingYearlyCap_selfPaid12000Already5000PaysOnly5000() {
		assertThat(ClaimCalculator.calculate(TERMS, facts(day(120), 12_000, 5_000)).payable())
			.isEqualTo(Money.ofYuan(5_000));
	}

	@Test
	void paysNothingOnceTheCapIsReached_already10000() {
		ClaimComputation c = ClaimCalculator.calculate(TERMS, facts(day(120), 12_000, 10_000));
		assertThat(c.payable()).isEqualTo(Money.ZERO);
		assertThat(c.zeroReasonKey()).isEqualTo("claim.cap-reached");
	}

	@Test
	void paysNothingOnDay20_waitingPeriod() {
		ClaimComputation c = ClaimCalculator.calculate(TERMS, facts(day(20), 12_000, 0));
		assertThat(c.payable()).isEqualTo(Money.ZERO);
		assertThat(c.zeroReasonKey()).isEqualTo("claim.waiting-period");
		assertThat(c.lines()).extracting(ComputationLine::labelKey)
			.containsExactly("claim.line.cover-day", "claim.line.exclusion-period", "claim.line.payable");
	}

	@Test
	void day30IsStillExcludedAndDay31PaysReduced() {
		assertThat(ClaimCalculator.calculate(TERMS, facts(day(30), 12_000, 0)).zeroReasonKey())
			.isEqualTo("claim.waiting-period");
		assertThat(ClaimCalculator.calculate(TERMS, facts(day(31), 12_000, 0)).payable())
			.isEqualTo(Money.ofYuan(3_450));
	}

	@Test
	void paysHalfOnDay60_reducedPayout6900Times50PercentIs3450() {
		ClaimComputation c = ClaimCalculator.calculate(TERMS, facts(day(60), 12_000, 0));
		assertThat(c.payable()).isEqualTo(Money.ofYuan(3_450));
		assertThat(c.lines()).filteredOn((l) -> l.labelKey().equals("claim.line.reduced-payout"))
			.singleElement()
			.satisfies((l) -> {
				assertThat(l.amount()).isEqualTo(Money.ofYuan(3_450));
				assertThat(l.args()).containsExactly("60", "50%");
			});
	}

	@Test
	void paysInFullFromDay91() {
		assertThat(ClaimCalculator.calculate(TERMS, facts(day(90), 12_000, 0)).payable())
			.isEqualTo(Money.ofYuan(3_450));
		assertThat(ClaimCalculator.calculate(TERMS, facts(day(91), 12_000, 0)).payable())
			.isEqualTo(Money.ofYuan(6_900));
	}

	@Test
	void renewalWithin30DaysKeepsContinuousCover_noWaitingPeriodOnFebruary10() {
		List<CoverPeriod> cover = List.of(new CoverPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
				new CoverPeriod(LocalDate.of(2026, 1, 30), LocalDate.of(2027, 1, 29)));
		ClaimFacts facts = new ClaimFacts(cover, LocalDate.of(2026, 2, 10), "J18",
				List.of(new Invoice("1", Money.ofYuan(2_000), Money.ofYuan(1_500))), Money.ZERO);
		assertThat(ClaimCalculator.calculate(TERMS, facts).payable()).isEqualTo(Money.ofYuan(600));
	}

	@Test
	void renewalAfter31DaysStartsANewWaitingPeriod() {
		List<CoverPeriod> cover = List.of(new CoverPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
				new CoverPeriod(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 30)));
		ClaimFacts facts = new ClaimFacts(cover, LocalDate.of(2026, 2, 10), "J18",
				List.of(new Invoice("1", Money.ofYuan(2_000), Money.ofYuan(1_500))), Money.ZERO);
		assertThat(ClaimCalculator.calculate(TERMS, facts).zeroReasonKey()).isEqualTo("claim.waiting-period");
	}

	@Test
	void paysNothingForAnEventOutsideCover_inTheRenewalGap() {
		List<CoverPeriod> cover = List.of(new CoverPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
				new CoverPeriod(LocalDate.of(2026, 1, 20), LocalDate.of(2027, 1, 19)));
		ClaimFacts facts = new ClaimFacts(cover, LocalDate.of(2026, 1, 10), "J18",
				List.of(new Invoice("1", Money.ofYuan(2_000), Money.ofYuan(1_500))), Money.ZERO);
		ClaimComputation c = ClaimCalculator.calculate(TERMS, facts);
		assertThat(c.zeroReasonKey()).isEqualTo("claim.no-cover");
		assertThat(c.payable()).isEqualTo(Money.ZERO);
	}

	@Test
	void paysOnlyForListedDiseasesWhenThePlanRestrictsThem_plateauPolycythemia() {
		PlanTerms plateau = TERMS.restrictedTo(PlateauDiseases.EXAMPLES);
		ClaimFacts listed = new ClaimFacts(YEAR_2026, day(200), "ha-hapc",
				List.of(new Invoice("1", Money.ofYuan(5_000), Money.ofYuan(3_000))), Money.ZERO);
		assertThat(ClaimCalculator.calculate(plateau, listed).payable()).isEqualTo(Money.ofYuan(1_500));
		ClaimFacts other = new ClaimFacts(YEAR_2026, day(200), "J18",
				List.of(new Invoice("1", Money.ofYuan(5_000), Money.ofYuan(3_000))), Money.ZERO);
		ClaimComputation refused = ClaimCalculator.calculate(plateau, other);
		assertThat(refused.zeroReasonKey()).isEqualTo("claim.disease-not-covered");
		assertThat(refused.lines().get(1).args()).containsExactly("13种高原性特殊疾病（示例）");
	}

	@Test
	void paysNothingWithinTheDeductible_selfPaid400() {
		ClaimComputation c = ClaimCalculator.calculate(TERMS, facts(day(200), 400, 0));
		assertThat(c.payable()).isEqualTo(Money.ZERO);
		assertThat(c.zeroReasonKey()).isEqualTo("claim.within-deductible");
		assertThat(c.lines()).filteredOn((l) -> l.labelKey().equals("claim.line.deductible"))
			.singleElement()
			.satisfies((l) -> assertThat(l.amount()).isEqualTo(Money.ofYuan(-400)));
	}

	@Test
	void addsSeveralInvoicesAndRoundsHalfUp_selfPaid500_01And0_02() {
		ClaimFacts facts = new ClaimFacts(YEAR_2026, day(200), "J18",
				List.of(new Invoice("1", Money.parse("800"), Money.parse("500.01")),
						new Invoice("2", Money.parse("0.02"), Money.parse("0.02"))),
				Money.ZERO);
		// (500.03 − 500) × 60 % = 0.018 → 0.02
		assertThat(ClaimCalculator.calculate(TERMS, facts).payable()).isEqualTo(Money.ofFen(2));
	}

	@Test
	void tinyAmountRoundingToZeroSaysSo_0_01Above() {
		ClaimFacts facts = new ClaimFacts(YEAR_2026, day(60), "J18",
				List.of(new Invoice("1", Money.parse("500.01"), Money.parse("500.01"))), Money.ZERO);
		// 0.01 × 60 % = 0.006 → 0.01, × 50 % = 0.005 → 0.01; with 40 % it would round to
		// 0
		assertThat(ClaimCalculator.calculate(TERMS, facts).payable()).isEqualTo(Money.ofFen(1));
		PlanTerms low = PlanTerms.withDefaults(Money.ZERO, Money.ofYuan(500), Ratio.percent(40), Money.ofYuan(1));
		assertThat(ClaimCalculator.calculate(low, facts).zeroReasonKey()).isEqualTo("claim.rounds-to-zero");
	}

	@Property
	void neverPaysMoreThanSelfPaidOrRemainingCapNorLessThanZero(
			@ForAll @LongRange(min = 0, max = 100_000_000) long selfPaidFen,
			@ForAll @LongRange(min = 0, max = 2_000_000) long alreadyPaidFen,
			@ForAll @LongRange(min = 0, max = 1_000_000) long deductibleFen,
			@ForAll @IntRange(min = 0, max = 10_000) int ratioBp, @ForAll @IntRange(min = 1, max = 400) int day) {
		PlanTerms terms = PlanTerms.withDefaults(Money.ZERO, Money.ofFen(deductibleFen), new Ratio(ratioBp),
				Money.ofYuan(10_000));
		ClaimFacts facts = new ClaimFacts(List.of(new CoverPeriod(START, START.plusYears(2))), day(day), "X",
				List.of(new Invoice("1", Money.ofFen(selfPaidFen), Money.ofFen(selfPaidFen))),
				Money.ofFen(alreadyPaidFen));
		Money payable = ClaimCalculator.calculate(terms, facts).payable();
		Money remainingCap = Money.ofYuan(10_000).minus(Money.ofFen(alreadyPaidFen)).atLeastZero();
		assertThat(payable.isNegative()).isFalse();
		assertThat(payable).isLessThanOrEqualTo(Money.ofFen(selfPaidFen));
		assertThat(payable).isLessThanOrEqualTo(remainingCap);
		if (day <= 30) {
			assertThat(payable).isEqualTo(Money.ZERO);
		}
	}

	@Property
	void moreSelfPaidNeverPaysLess(@ForAll @LongRange(min = 0, max = 10_000_000) long selfPaidFen,
			@ForAll @LongRange(min = 0, max = 1_000_000) long extraFen,
			@ForAll @IntRange(min = 31, max = 365) int day) {
		Money a = ClaimCalculator
			.calculate(TERMS,
					new ClaimFacts(YEAR_2026, day(day), "X",
							List.of(new Invoice("1", Money.ofFen(selfPaidFen), Money.ofFen(selfPaidFen))), Money.ZERO))
			.payable();
		Money b = ClaimCalculator
			.calculate(TERMS,
					new ClaimFacts(YEAR_2026, day(day), "X", List
						.of(new Invoice("1", Money.ofFen(selfPaidFen + extraFen), Money.ofFen(selfPaidFen + extraFen))),
							Money.ZERO))
			.payable();
		assertThat(b).isGreaterThanOrEqualTo(a);
	}

}
