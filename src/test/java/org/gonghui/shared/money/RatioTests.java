package org.gonghui.shared.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatioTests {

	@Test
	void readsDecimalsAndPercents_0_6Is60Percent() {
		assertThat(Ratio.of("0.6")).isEqualTo(Ratio.percent(60));
		assertThat(Ratio.of(new BigDecimal("1.5")).basisPoints()).isEqualTo(15_000);
		assertThat(Ratio.of("0.125").formatPercent()).isEqualTo("12.5%");
		assertThat(Ratio.of("3").formatMultiple()).isEqualTo("3×");
		assertThat(Ratio.of("1.50").formatMultiple()).isEqualTo("1.5×");
	}

	@Test
	void refusesNegativeAndOverPreciseRatios() {
		assertThatThrownBy(() -> new Ratio(-1)).hasMessage("ratio.negative");
		assertThatThrownBy(() -> Ratio.of("0.00001")).hasMessage("ratio.too-precise");
	}

	@Test
	void multipliesRatios_60PercentOf50PercentIs30Percent() {
		assertThat(Ratio.percent(60).times(Ratio.percent(50))).isEqualTo(Ratio.percent(30));
		assertThat(Ratio.ONE.isAtMostOne()).isTrue();
		assertThat(Ratio.of("1.0001").isAtMostOne()).isFalse();
	}

}
