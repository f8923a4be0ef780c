package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinimumLivingStandardsTests {

	static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

	static final LocalDate JUL_2025 = LocalDate.of(2025, 7, 1);

	final MinimumLivingStandards standards = new MinimumLivingStandards(
			List.of(new MinimumLivingStandard("540102", JAN_2025, Money.ofYuan(900)),
					new MinimumLivingStandard("540102", JUL_2025, Money.ofYuan(950)),
					new MinimumLivingStandard("540100", JAN_2025, Money.ofYuan(880)),
					new MinimumLivingStandard("540000", JAN_2025, Money.ofYuan(850))));

	@Test
	void usesTheValueInForceOnTheDate_June30Is900July1Is950() {
		assertThat(this.standards.require("540102", JUL_2025.minusDays(1)).perPersonPerMonth())
			.isEqualTo(Money.ofYuan(900));
		assertThat(this.standards.require("540102", JUL_2025).perPersonPerMonth()).isEqualTo(Money.ofYuan(950));
		assertThat(this.standards.require("540102", LocalDate.of(2030, 1, 1)).perPersonPerMonth())
			.isEqualTo(Money.ofYuan(950));
	}

	@Test
	void countyWithoutOwnValueUsesCityThenProvince() {
		assertThat(this.standards.require("540103", JUL_2025).perPersonPerMonth()).isEqualTo(Money.ofYuan(880));
		assertThat(this.standards.require("540221", JUL_2025).perPersonPerMonth()).isEqualTo(Money.ofYuan(850));
	}

	@Test
	void refusesADateBeforeAnyValue() {
		assertThat(this.standards.inForce("540102", JAN_2025.minusDays(1))).isEmpty();
		assertThatThrownBy(() -> this.standards.require("110101", JUL_2025)).hasMessage("hardship.standard.missing");
	}

	@Test
	void refusesMalformedRegionOrNonPositiveAmount() {
		assertThatThrownBy(() -> new MinimumLivingStandard("5401", JAN_2025, Money.ofYuan(1)))
			.hasMessage("region.code.format");
		assertThatThrownBy(() -> new MinimumLivingStandard("540102", JAN_2025, Money.ZERO))
			.hasMessage("hardship.standard.not-positive");
	}

}
