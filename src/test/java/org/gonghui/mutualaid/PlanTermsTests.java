package org.gonghui.mutualaid;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanTermsTests {

	static final PlanTerms TERMS = PlanTerms.withDefaults(Money.ofYuan(55), Money.ofYuan(500), Ratio.percent(60),
			Money.ofYuan(10_000));

	static void assertKey(Runnable action, String key) {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	static CoverPeriod year(int year) {
		return new CoverPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Test
	void defaultsToTheTianjinWaitingPeriod_30DaysExcluded90Reduced50PercentGrace30() {
		assertThat(TERMS.exclusionDays()).isEqualTo(30);
		assertThat(TERMS.reducedPayoutUntilDay()).isEqualTo(90);
		assertThat(TERMS.reducedPayoutFactor()).isEqualTo(Ratio.percent(50));
		assertThat(TERMS.continuityGraceDays()).isEqualTo(30);
		assertThat(TERMS.coveredDiseases()).isNull();
		assertThat(TERMS.covers("anything")).isTrue();
	}

	@Test
	void consecutiveYearsAreOneContinuousCover_since2024() {
		assertThat(TERMS.continuousCoverSince(List.of(year(2026), year(2024), year(2025)), LocalDate.of(2026, 1, 5)))
			.contains(LocalDate.of(2024, 1, 1));
	}

	@Test
	void renewalOn30thDayAfterExpiryIsContinuous_31stIsNot() {
		CoverPeriod renewed = new CoverPeriod(LocalDate.of(2026, 1, 30), LocalDate.of(2027, 1, 29));
		assertThat(TERMS.continuousCoverSince(List.of(year(2025), renewed), LocalDate.of(2026, 2, 1)))
			.contains(LocalDate.of(2025, 1, 1));
		CoverPeriod late = new CoverPeriod(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 30));
		assertThat(TERMS.continuousCoverSince(List.of(year(2025), late), LocalDate.of(2026, 2, 1)))
			.contains(LocalDate.of(2026, 1, 31));
	}

	@Test
	void aGapBreaksContinuityWithEarlierYears_2023Then2025() {
		assertThat(TERMS.continuousCoverSince(List.of(year(2023), year(2025), year(2026)), LocalDate.of(2026, 6, 1)))
			.contains(LocalDate.of(2025, 1, 1));
	}

	@Test
	void noCoverOnADayOutsideEveryPeriod() {
		assertThat(TERMS.continuousCoverSince(List.of(year(2025)), LocalDate.of(2026, 1, 1))).isEmpty();
		assertThat(TERMS.continuousCoverSince(List.of(), LocalDate.of(2026, 1, 1))).isEmpty();
	}

	@Test
	void coverDayCountsTheFirstDayAsDay1() {
		assertThat(PlanTerms.coverDay(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))).isEqualTo(1);
		assertThat(PlanTerms.coverDay(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))).isEqualTo(31);
	}

	@Test
	void aPlanWithoutWaitingPeriodPaysFromDay1() {
		PlanTerms none = TERMS.withWaitingPeriod(0, 0, Ratio.ONE);
		ClaimFacts facts = new ClaimFacts(List.of(year(2026)), LocalDate.of(2026, 1, 1), "X",
				List.of(new Invoice("1", Money.ofYuan(1_500), Money.ofYuan(1_500))), Money.ZERO);
		assertThat(ClaimCalculator.calculate(none, facts).payable()).isEqualTo(Money.ofYuan(600));
	}

	@Test
	void refusesInconsistentTerms() {
		assertKey(() -> TERMS.withWaitingPeriod(30, 20, Ratio.percent(50)), "mutual-aid.terms.waiting-days");
		assertKey(() -> TERMS.withWaitingPeriod(-1, 20, Ratio.percent(50)), "mutual-aid.terms.waiting-days");
		assertKey(() -> TERMS.withWaitingPeriod(30, 90, Ratio.percent(120)), "mutual-aid.terms.ratio-above-one");
		assertKey(() -> PlanTerms.withDefaults(Money.ZERO, Money.ZERO, Ratio.percent(101), Money.ofYuan(1)),
				"mutual-aid.terms.ratio-above-one");
		assertKey(() -> PlanTerms.withDefaults(Money.ZERO, Money.ZERO, Ratio.percent(60), Money.ZERO),
				"mutual-aid.terms.cap-not-positive");
		assertKey(() -> PlanTerms.withDefaults(Money.ofFen(-1), Money.ZERO, Ratio.percent(60), Money.ofYuan(1)),
				"mutual-aid.terms.negative-amount");
	}

	@Test
	void diseaseListsMatchCodesIgnoringCaseAndRefuseDuplicates() {
		assertThat(PlateauDiseases.EXAMPLES.covers(" ha-hape ")).isTrue();
		assertThat(PlateauDiseases.EXAMPLES.covers("J18")).isFalse();
		assertThat(PlateauDiseases.OFFICIAL_COUNT).isEqualTo(13);
		assertKey(() -> new DiseaseList("x", List.of()), "mutual-aid.disease-list.empty");
		assertKey(() -> new DiseaseList("x", List.of(new CoveredDisease("A", "a"), new CoveredDisease("A", "b"))),
				"mutual-aid.disease-list.duplicate-code");
	}

	@Test
	void refusesBadInvoicesAndClaimFacts() {
		assertKey(() -> new Invoice("1", Money.ofYuan(100), Money.ofYuan(101)), "claim.invoice.self-paid-above-amount");
		assertKey(() -> new Invoice("1", Money.ofYuan(-1), Money.ZERO), "money.negative");
		assertKey(() -> new ClaimFacts(List.of(year(2026)), LocalDate.of(2026, 5, 1), "X", List.of(), Money.ZERO),
				"claim.invoices-required");
		assertKey(() -> new ClaimFacts(List.of(year(2026)), LocalDate.of(2026, 5, 1), " ",
				List.of(new Invoice("1", Money.ZERO, Money.ZERO)), Money.ZERO), "claim.diagnosis-required");
		assertKey(() -> new CoverPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)),
				"mutual-aid.cover.dates-order");
	}

}
