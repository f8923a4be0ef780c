package org.gonghui.shared.geo;

/**
 * Great-circle distances on a spherical Earth; accurate to about 0.5 % which suffices for
 * "near me".
 */
public final class Distances {

	/** IUGG mean Earth radius R1. */
	public static final double EARTH_RADIUS_METRES = 6_371_008.8;

	private Distances() {
	}

	public static double haversineMetres(GeoPoint a, GeoPoint b) {
		double phi1 = Math.toRadians(a.lat());
		double phi2 = Math.toRadians(b.lat());
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(b.lon() - a.lon());
		double h = Math.pow(Math.sin(dPhi / 2), 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
