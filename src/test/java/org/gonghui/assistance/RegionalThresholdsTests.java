package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegionalThresholdsTests {

	static HardshipThresholdSetting setting(String region, String from, String deep, String relative, String accident) {
		return new HardshipThresholdSetting(region, LocalDate.parse(from), Ratio.of(deep), Ratio.of(relative),
				Ratio.of(accident));
	}

	final RegionalThresholds thresholds = new RegionalThresholds(List.of(
			setting("540000", "2024-01-01", "1", "1.4", "2.5"), setting("540100", "2025-01-01", "1.2", "1.6", "3"),
			setting("540102", "2026-07-01", "1.3", "2", "3.5")));

	@Test
	void aCountyWithoutItsOwnUsesItsCityThenItsProvinceThenTheDefaults() {
		LocalDate may2026 = LocalDate.of(2026, 5, 1);
		assertThat(this.thresholds.inForce("540102", may2026).deepBelow()).isEqualTo(Ratio.of("1.2"));
		assertThat(this.thresholds.inForce("540121", may2026).relativeWithin()).isEqualTo(Ratio.of("1.6"));
		assertThat(this.thresholds.inForce("540221", may2026).accidentInducedWithin()).isEqualTo(Ratio.of("2.5"));
		assertThat(this.thresholds.inForce("110101", may2026)).isEqualTo(HardshipThresholds.defaults());
	}

	@Test
	void theSettingInForceOnTheDateApplies_countyFromJuly2026CityBefore2025Province() {
		assertThat(this.thresholds.inForce("540102", LocalDate.of(2026, 6, 30)).deepBelow()).isEqualTo(Ratio.of("1.2"));
		assertThat(this.thresholds.inForce("540102", LocalDate.of(2026, 7, 1)).deepBelow()).isEqualTo(Ratio.of("1.3"));
		assertThat(this.thresholds.inForce("540102", LocalDate.of(2024, 12, 31)).deepBelow()).isEqualTo(Ratio.ONE);
		assertThat(this.thresholds.inForce("540102", LocalDate.of(2023, 12, 31)))
			.isEqualTo(HardshipThresholds.defaults());
	}

	@Test
	void regionalMultiplesMoveTheProposal_2Persons2000Standard1000IsRelativeByDefaultDeepBelow1point2() {
		MinimumLivingStandard standard = new MinimumLivingStandard("540102", LocalDate.of(2024, 1, 1),
				Money.ofYuan(1000));
		HouseholdFigures figures = new HouseholdFigures(2, Money.ofYuan(2000), Set.of(HardshipCause.ILLNESS));
		assertThat(HardshipCategoryProposal.propose(figures, standard, HardshipThresholds.defaults()).category())
			.isEqualTo(HardshipCategory.RELATIVE);
		assertThat(HardshipCategoryProposal
			.propose(figures, standard, this.thresholds.inForce("540102", LocalDate.of(2026, 5, 1)))
			.category()).isEqualTo(HardshipCategory.DEEP);
	}

	@Test
	void aSettingKeepsTheOrderDeepRelativeAccidentAndAPositiveDeepMultiple() {
		assertThatExceptionOfType(GonghuiException.class)
			.isThrownBy(() -> setting("540102", "2026-01-01", "2", "1.5", "3"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("hardship.thresholds.order"));
		assertThatExceptionOfType(GonghuiException.class)
			.isThrownBy(() -> setting("540102", "2026-01-01", "0", "1.5", "3"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("hardship.thresholds.not-positive"));
		assertThatExceptionOfType(GonghuiException.class)
			.isThrownBy(() -> setting("5401", "2026-01-01", "1", "1.5", "3"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("region.code.format"));
	}

}
