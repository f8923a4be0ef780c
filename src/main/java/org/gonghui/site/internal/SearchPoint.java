package org.gonghui.site.internal;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.web.GonghuiException;

/** The searcher's point from request parameters, as WGS-84. */
final class SearchPoint {

	private SearchPoint() {
	}

	/**
	 * @param crs {@code WGS84} (default: browser geolocation, GPS) or {@code GCJ02} (a
	 * point picked on the mainland map)
	 * @throws GonghuiException 422 {@code site.search.point} when only one coordinate is
	 * given or they are out of range
	 */
	static @Nullable GeoPoint of(@Nullable Double lat, @Nullable Double lon, @Nullable String crs) {
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
			throw GonghuiException.invalid("site.search.point");
		}
		GeoPoint point = new GeoPoint(lat, lon);
		if (crs != null && !crs.isBlank()) {
			if ("GCJ02".equalsIgnoreCase(crs)) {
				return ChinaCoordinates.gcj02ToWgs84(point);
			}
			if (!"WGS84".equalsIgnoreCase(crs)) {
				throw GonghuiException.invalid("site.search.crs");
			}
		}
		return point;
	}

}
