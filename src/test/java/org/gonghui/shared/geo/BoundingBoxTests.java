package org.gonghui.shared.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BoundingBoxTests {

	private static final GeoPoint WUHAN = GeoPoint.of(30.5928, 114.3055);

	@Test
	void spansAbout0_09DegreesOfLatitudeEachWayFor10Km() {
		BoundingBox box = BoundingBox.around(WUHAN, 10_000);

		assertThat(box.maxLat() - WUHAN.lat()).isCloseTo(0.0899, within(0.0002));
		assertThat(WUHAN.lat() - box.minLat()).isCloseTo(0.0899, within(0.0002));
		// longitude degrees shrink with cos(latitude): 0.0899 / cos(30.6°) ≈ 0.1045
		assertThat(box.maxLon() - WUHAN.lon()).isCloseTo(0.1045, within(0.0005));
	}

	@Test
	void containsEveryPointWithinTheRadius_inSixteenDirections() {
		double radius = 5_000;
		BoundingBox box = BoundingBox.around(WUHAN, radius);
		for (int i = 0; i < 16; i++) {
			double bearing = Math.toRadians(i * 22.5);
			GeoPoint p = destination(WUHAN, bearing, radius * 0.999);
			assertThat(p.distanceTo(WUHAN)).isLessThan(radius);
			assertThat(box.contains(p)).as("bearing %s", i * 22.5).isTrue();
		}
	}

	@Test
	void excludesAPointJustBeyondTheRadiusDueNorth() {
		BoundingBox box = BoundingBox.around(WUHAN, 5_000);

		assertThat(box.contains(destination(WUHAN, 0, 5_010))).isFalse();
	}

	@Test
	void coversAllLongitudesNearThePole() {
		BoundingBox box = BoundingBox.around(GeoPoint.of(89.99, 0), 5_000);

		assertThat(box.minLon()).isEqualTo(-180);
		assertThat(box.maxLon()).isEqualTo(180);
	}

	private static GeoPoint destination(GeoPoint from, double bearing, double metres) {
		double d = metres / Distances.EARTH_RADIUS_METRES;
		double lat1 = Math.toRadians(from.lat());
		double lon1 = Math.toRadians(from.lon());
		double lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
		double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
				Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
		return GeoPoint.of(Math.toDegrees(lat2), Math.toDegrees(lon2));
	}

}
