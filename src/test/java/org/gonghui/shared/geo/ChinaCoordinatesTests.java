package org.gonghui.shared.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChinaCoordinatesTests {

	// published test vectors of the eviltransform implementations (wgs lat, wgs lon, gcj
	// lat, gcj lon)
	@ParameterizedTest(name = "{4}")
	@CsvSource({ "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215, Shanghai",
			"22.543847, 113.912316, 22.540796131694766, 113.9171764808363, Shenzhen",
			"39.911954, 116.377817, 39.91334545536069, 116.38404722455657, Beijing" })
	void convertsWgs84ToGcj02_matchingPublishedVectors(double wLat, double wLon, double gLat, double gLon,
			String city) {
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(GeoPoint.of(wLat, wLon));

		assertThat(gcj.lat()).isCloseTo(gLat, within(1e-9));
		assertThat(gcj.lon()).isCloseTo(gLon, within(1e-9));
	}

	@ParameterizedTest(name = "{4}")
	@CsvSource({ "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215, Shanghai",
			"22.543847, 113.912316, 22.540796131694766, 113.9171764808363, Shenzhen",
			"39.911954, 116.377817, 39.91334545536069, 116.38404722455657, Beijing" })
	void convertsGcj02BackToWgs84_withinOneCentimetre(double wLat, double wLon, double gLat, double gLon, String city) {
		GeoPoint wgs = ChinaCoordinates.gcj02ToWgs84(GeoPoint.of(gLat, gLon));

		assertThat(wgs.distanceTo(GeoPoint.of(wLat, wLon))).isLessThan(0.01);
	}

	@Test
	void shiftsTiananmenNorthEastByAFewHundredMetres_39_9087_116_3975() {
		GeoPoint wgs = GeoPoint.of(39.9087, 116.3975);

		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(wgs);

		assertThat(gcj.lat() - wgs.lat()).isBetween(0.001, 0.002);
		assertThat(gcj.lon() - wgs.lon()).isBetween(0.005, 0.007);
		assertThat(wgs.distanceTo(gcj)).isBetween(400.0, 700.0);
	}

	@Test
	void iterativeInverseBeatsOneStepApproximation_atTiananmen() {
		GeoPoint wgs = GeoPoint.of(39.9087, 116.3975);
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(wgs);
		GeoPoint oneStepGuess = GeoPoint.of(2 * gcj.lat() - ChinaCoordinates.wgs84ToGcj02(gcj).lat(),
				2 * gcj.lon() - ChinaCoordinates.wgs84ToGcj02(gcj).lon());

		double iterativeError = ChinaCoordinates.gcj02ToWgs84(gcj).distanceTo(wgs);

		assertThat(iterativeError).isLessThan(0.01);
		assertThat(iterativeError).isLessThan(oneStepGuess.distanceTo(wgs));
	}

	@Test
	void leavesHongKongUnchanged_VictoriaHarbour_22_2855_114_1577() {
		GeoPoint hongKong = GeoPoint.of(22.2855, 114.1577);

		assertThat(ChinaCoordinates.wgs84ToGcj02(hongKong)).isEqualTo(hongKong);
		assertThat(ChinaCoordinates.gcj02ToWgs84(hongKong)).isEqualTo(hongKong);
	}

	@Test
	void leavesAbroadUnchanged_Paris_and_Taipei() {
		GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
		GeoPoint taipei = GeoPoint.of(25.0330, 121.5654);

		assertThat(ChinaCoordinates.wgs84ToGcj02(paris)).isEqualTo(paris);
		assertThat(ChinaCoordinates.wgs84ToGcj02(taipei)).isEqualTo(taipei);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource({ "22.5431, 114.0579, Shenzhen Futian", "22.5455, 114.1185, Shenzhen Luohu",
			"22.4800, 113.9100, Shenzhen Shekou", "22.2250, 113.5400, Zhuhai Gongbei",
			"22.1300, 113.5200, Zhuhai Hengqin", "24.4798, 118.0894, Xiamen" })
	void shiftsMainlandPointsNextToTheBorders(double lat, double lon, String place) {
		assertThat(ChinaCoordinates.isInMainland(GeoPoint.of(lat, lon))).isTrue();
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource({ "22.5010, 114.1280, Sheung Shui HK", "22.3080, 113.9185, HK airport",
			"22.1987, 113.5439, Macao peninsula", "22.1450, 113.5650, Cotai Macao", "25.0330, 121.5654, Taipei",
			"23.5655, 119.5793, Magong Penghu" })
	void leavesPointsAcrossTheBordersUnshifted(double lat, double lon, String place) {
		GeoPoint p = GeoPoint.of(lat, lon);

		assertThat(ChinaCoordinates.isInMainland(p)).isFalse();
		assertThat(ChinaCoordinates.wgs84ToGcj02(p)).isEqualTo(p);
	}

	@Test
	void roundTripsAGridAcrossTheMainland_withinHalfAMetre() {
		for (double lat = 18.5; lat <= 53; lat += 1.75) {
			for (double lon = 74; lon <= 134; lon += 2.5) {
				GeoPoint wgs = GeoPoint.of(lat, lon);
				GeoPoint back = ChinaCoordinates.gcj02ToWgs84(ChinaCoordinates.wgs84ToGcj02(wgs));
				assertThat(back.distanceTo(wgs)).as("%s", wgs).isLessThan(0.5);
			}
		}
	}

}
