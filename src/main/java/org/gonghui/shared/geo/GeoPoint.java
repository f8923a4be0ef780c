package org.gonghui.shared.geo;

/**
 * A WGS-84 position in decimal degrees, as GPS and the database store it. Mainland map
 * tiles are drawn in GCJ-02: convert with {@link ChinaCoordinates} only at the display
 * edge.
 */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (!(lat >= -90 && lat <= 90)) {
			throw new IllegalArgumentException("latitude out of range: " + lat);
		}
		if (!(lon >= -180 && lon <= 180)) {
			throw new IllegalArgumentException("longitude out of range: " + lon);
		}
	}

	public static GeoPoint of(double lat, double lon) {
		return new GeoPoint(lat, lon);
	}

	/** Great-circle distance in metres. */
	public double distanceTo(GeoPoint other) {
		return Distances.haversineMetres(this, other);
	}

}
