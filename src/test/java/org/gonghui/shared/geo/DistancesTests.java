package org.gonghui.shared.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class DistancesTests {

	@Test
	void measuresOneDegreeOfLatitudeAsAbout111195Metres() {
		assertThat(GeoPoint.of(30, 114).distanceTo(GeoPoint.of(31, 114))).isCloseTo(111_195, within(5.0));
	}

	@Test
	void measuresBeijingToShanghaiAsAbout1068Km_Tiananmen_to_PeoplesSquare() {
		double metres = GeoPoint.of(39.9087, 116.3975).distanceTo(GeoPoint.of(31.2304, 121.4737));

		assertThat(metres / 1000).isCloseTo(1068, within(5.0));
	}

	@Test
	void measuresZeroForTheSamePoint() {
		GeoPoint p = GeoPoint.of(30.5928, 114.3055);

		assertThat(p.distanceTo(p)).isZero();
	}

	@Test
	void isSymmetric() {
		GeoPoint a = GeoPoint.of(30.5928, 114.3055);
		GeoPoint b = GeoPoint.of(30.6, 114.4);

		assertThat(a.distanceTo(b)).isEqualTo(b.distanceTo(a));
	}

	@Test
	void refusesLatitudeBeyondThePole_91() {
		assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(91, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(0, Double.NaN));
	}

}
