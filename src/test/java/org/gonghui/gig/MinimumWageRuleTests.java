package org.gonghui.gig;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MinimumWageRuleTests {

	// illustrative figures (not the published ones): a province-wide tier and a higher
	// city tier
	private static final MinimumWage HUBEI_2021 = new MinimumWage("420000", LocalDate.of(2021, 9, 1), 1800, 168_000);

	private static final MinimumWage WUHAN_2021 = new MinimumWage("420100", LocalDate.of(2021, 9, 1), 2200, 201_000);

	private static final MinimumWage WUHAN_2025 = new MinimumWage("420100", LocalDate.of(2025, 1, 1), 2400, 221_000);

	private final MinimumWageRule rule = new MinimumWageRule(
			new MinimumWages(List.of(HUBEI_2021, WUHAN_2021, WUHAN_2025)));

	private static final String WUCHANG = "420106";

	private static final String XIANNING_XIANAN = "421202";

	private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

	@Test
	void acceptsHourlyPayAtTheMinimum_24yuanInWuhan2025() {
		assertThat(this.rule.check(PayRate.perHour(2400), WUCHANG, JUNE_2025))
			.isEqualTo(new PayCheck.Accepted(2400, 2400));
	}

	@Test
	void refusesHourlyPayOneFenBelow_23_99yuanAgainst24() {
		assertThat(this.rule.check(PayRate.perHour(2399), WUCHANG, JUNE_2025))
			.isEqualTo(new PayCheck.Refused("gig.pay.below-minimum-hourly", 2399, 2400));
	}

	@Test
	void checksDayPayAsEightHours_190yuanBelow8x24() {
		assertThat(this.rule.check(PayRate.perDay(19_000), WUCHANG, JUNE_2025))
			.isEqualTo(new PayCheck.Refused("gig.pay.below-minimum-daily", 19_000, 19_200));
		assertThat(this.rule.check(PayRate.perDay(19_200), WUCHANG, JUNE_2025))
			.isEqualTo(new PayCheck.Accepted(19_200, 19_200));
	}

	@Test
	void refusesAPieceRateWithoutAnHourlyEstimate() {
		assertThat(this.rule.check(PayRate.perPiece(150, null), WUCHANG, JUNE_2025))
			.isEqualTo(new PayCheck.Refused("gig.pay.piece-needs-hourly-estimate", 0, 2400));
	}

	@Test
	void checksAPieceRateByItsHourlyEstimate_1_50yuanAPieceAt20PiecesAnHour() {
		assertThat(this.rule.check(PayRate.perPiece(150, 3000L), WUCHANG, JUNE_2025))
			.isEqualTo(new PayCheck.Accepted(3000, 2400));
		assertThat(this.rule.check(PayRate.perPiece(150, 1500L), WUCHANG, JUNE_2025))
			.isEqualTo(new PayCheck.Refused("gig.pay.below-minimum-piece", 1500, 2400));
	}

	@Test
	void usesTheStandardInForceOnTheWorkDate_22yuanIn2024() {
		assertThat(this.rule.check(PayRate.perHour(2300), WUCHANG, LocalDate.of(2024, 12, 31)))
			.isInstanceOf(PayCheck.Accepted.class);
		assertThat(this.rule.check(PayRate.perHour(2300), WUCHANG, LocalDate.of(2025, 1, 1)))
			.isInstanceOf(PayCheck.Refused.class);
	}

	@Test
	void fallsBackFromCountyToProvince_XiananUsesHubei18yuan() {
		assertThat(this.rule.check(PayRate.perHour(1800), XIANNING_XIANAN, JUNE_2025))
			.isEqualTo(new PayCheck.Accepted(1800, 1800));
	}

	@Test
	void leavesPayUncheckedWhereNoStandardIsOnFile_Beijing() {
		assertThat(this.rule.check(PayRate.perHour(1000), "110105", JUNE_2025))
			.isEqualTo(new PayCheck.Unchecked("gig.pay.minimum-wage-unknown"));
	}

	@Test
	void leavesPayUncheckedBeforeTheFirstStandard_2020() {
		assertThat(this.rule.check(PayRate.perHour(1000), WUCHANG, LocalDate.of(2020, 1, 1)))
			.isInstanceOf(PayCheck.Unchecked.class);
	}

	@Test
	void throwsTheRefusalWithBothFiguresInYuan_23_99Against24_00() {
		PayCheck check = this.rule.check(PayRate.perHour(2399), WUCHANG, JUNE_2025);

		assertThatExceptionOfType(GonghuiException.class).isThrownBy(check::orThrow).satisfies(ex -> {
			assertThat(ex.messageKey()).isEqualTo("gig.pay.below-minimum-hourly");
			assertThat(ex.arguments()).containsExactly("23.99", "24.00");
			assertThat(ex.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("pay"));
		});
	}

	@Test
	void acceptedPayDoesNotThrow() {
		assertThatNoException().isThrownBy(() -> this.rule.check(PayRate.perHour(5000), WUCHANG, JUNE_2025).orThrow());
	}

	@Test
	void refusesTwoStandardsForTheSameRegionAndDate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MinimumWages(
				List.of(WUHAN_2025, new MinimumWage("420100", LocalDate.of(2025, 1, 1), 2500, 230_000))));
	}

	@Test
	void refusesNonPositivePay() {
		assertThatIllegalArgumentException().isThrownBy(() -> PayRate.perHour(0));
	}

}
