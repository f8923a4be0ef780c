package org.gonghui.shared.geo;

/**
 * A latitude/longitude rectangle that contains every point within a radius of a centre,
 * for a cheap index prefilter ({@code lat BETWEEN ... AND lon BETWEEN ...}) before the
 * exact haversine check. The box may contain points farther than the radius (its
 * corners), never miss a nearer one. Boxes crossing the antimeridian are not split: none
 * of our sites are near longitude 180.
 */
public record BoundingBox(double minLat, double minLon, double maxLat, double maxLon) {

	public static BoundingBox around(GeoPoint centre, double radiusMetres) {
		if (radiusMetres < 0) {
			throw new IllegalArgumentException("negative radius: " + radiusMetres);
		}
		double angular = radiusMetres / Distances.EARTH_RADIUS_METRES;
		double dLat = Math.toDegrees(angular);
		double minLat = centre.lat() - dLat;
		double maxLat = centre.lat() + dLat;
		if (maxLat >= 90 || minLat <= -90) {
			return new BoundingBox(Math.max(minLat, -90), -180, Math.min(maxLat, 90), 180);
		}
		// the widest longitude span within the radius is at the latitude whose circle the
		// radius touches
		double dLon = Math
			.toDegrees(Math.asin(Math.min(1, Math.sin(angular) / Math.cos(Math.toRadians(centre.lat())))));
		return new BoundingBox(minLat, Math.max(centre.lon() - dLon, -180), maxLat, Math.min(centre.lon() + dLon, 180));
	}

	public boolean contains(GeoPoint point) {
		return point.lat() >= this.minLat && point.lat() <= this.maxLat && point.lon() >= this.minLon
				&& point.lon() <= this.maxLon;
	}

}
