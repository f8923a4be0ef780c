package org.gonghui.org;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrgIndicatorsTests {

	@Test
	void workersCongressRate_19Of20Is95_0() {
		assertThat(indicators(20, 0, 0, 19, 0).workersCongressRate()).isEqualTo(new BigDecimal("95.0"));
	}

	@Test
	void foundingRate_unionisedOverAllEnterprises_3Of8Is37_5() {
		assertThat(indicators(0, 8, 3, 0, 0).foundingRate()).isEqualTo(new BigDecimal("37.5"));
	}

	@Test
	void openAffairsRate_roundsHalfUpToOneDecimal_1Of3Is33_3() {
		assertThat(indicators(3, 0, 0, 0, 1).openAffairsRate()).isEqualTo(new BigDecimal("33.3"));
	}

	@Test
	void roundsHalfUp_2Of3Is66_7() {
		assertThat(indicators(3, 0, 0, 2, 0).workersCongressRate()).isEqualTo(new BigDecimal("66.7"));
	}

	@Test
	void roundsHalfUpAtExactlyFive_1Of16Is6_3() {
		// 6.25 exactly: HALF_UP gives 6.3, where HALF_EVEN would give 6.2
		assertThat(indicators(0, 16, 1, 0, 0).foundingRate()).isEqualTo(new BigDecimal("6.3"));
	}

	@Test
	void roundsHalfUp_1Of80Is1_3() {
		// 1.25 exactly
		assertThat(indicators(80, 0, 0, 1, 0).workersCongressRate()).isEqualTo(new BigDecimal("1.3"));
	}

	@Test
	void allOfThemIs100_0() {
		assertThat(indicators(7, 7, 7, 7, 7).foundingRate()).isEqualTo(new BigDecimal("100.0"));
	}

	@Test
	void zeroDenominatorsGive0_0NotAnError() {
		OrgIndicators none = indicators(0, 0, 0, 0, 0);

		assertThat(none.foundingRate()).isEqualTo(new BigDecimal("0.0"));
		assertThat(none.workersCongressRate()).isEqualTo(new BigDecimal("0.0"));
		assertThat(none.openAffairsRate()).isEqualTo(new BigDecimal("0.0"));
	}

	@Test
	void zeroGrassrootsUnionsLeavesFoundingRateAlone_5Of10Enterprises() {
		OrgIndicators indicators = indicators(0, 10, 5, 0, 0);

		assertThat(indicators.foundingRate()).isEqualTo(new BigDecimal("50.0"));
		assertThat(indicators.workersCongressRate()).isEqualTo(new BigDecimal("0.0"));
	}

	private static OrgIndicators indicators(long grassrootsUnions, long enterprises, long unionisedEnterprises,
			long withWorkersCongress, long withOpenAffairs) {
		return new OrgIndicators(1L, 1L, grassrootsUnions, enterprises, unionisedEnterprises, withWorkersCongress,
				withOpenAffairs, 0L);
	}

}
