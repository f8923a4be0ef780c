package org.gonghui.shared.geo;

/**
 * Conversion between WGS-84 and GCJ-02 (国测局坐标, "Mars coordinates"). Maps of mainland
 * China (Amap, Tencent, tiles licensed under the 2017 Surveying and Mapping Law) must be
 * drawn in GCJ-02, so a WGS-84 point shown on them unconverted appears a few hundred
 * metres off. We store WGS-84 and convert only for display, for map-app links, and for
 * positions picked on such a map.
 * <p>
 * The forward transform is the widely published reverse-engineered formula (Krasovsky
 * 1940 ellipsoid, a = 6378245.0, e² = 0.00669342162296594323). It has no closed-form
 * inverse; we invert by fixed-point iteration until the step is below 1e-7 degrees (about
 * 1 cm), not the common one-step approximation that is off by up to a couple of metres.
 * Points outside the mainland (the rough rectangle the formula was published with, minus
 * Hong Kong, Macao and Taiwan, whose maps use WGS-84) are returned unchanged.
 */
public final class ChinaCoordinates {

	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	private static final double TOLERANCE_DEGREES = 1e-7;

	private static final int MAX_ITERATIONS = 30;

	private ChinaCoordinates() {
	}

	public static GeoPoint wgs84ToGcj02(GeoPoint wgs) {
		if (!isInMainland(wgs)) {
			return wgs;
		}
		double[] delta = delta(wgs.lat(), wgs.lon());
		return new GeoPoint(wgs.lat() + delta[0], wgs.lon() + delta[1]);
	}

	public static GeoPoint gcj02ToWgs84(GeoPoint gcj) {
		if (!isInMainland(gcj)) {
			return gcj;
		}
		double lat = gcj.lat();
		double lon = gcj.lon();
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			double[] delta = delta(lat, lon);
			double nextLat = gcj.lat() - delta[0];
			double nextLon = gcj.lon() - delta[1];
			boolean converged = Math.abs(nextLat - lat) < TOLERANCE_DEGREES
					&& Math.abs(nextLon - lon) < TOLERANCE_DEGREES;
			lat = nextLat;
			lon = nextLon;
			if (converged) {
				break;
			}
		}
		return new GeoPoint(lat, lon);
	}

	/**
	 * Whether the GCJ-02 offset applies. The published bounding box (lon 72.004–137.8347,
	 * lat 0.8293–55.8271) also covers neighbours; we carve out Hong Kong, Macao and
	 * Taiwan (with Penghu), the places our users most plausibly visit whose maps use
	 * WGS-84. Their outlines are coarse polygons, good to a few hundred metres at the
	 * Shenzhen River and Macao borders; Kinmen and Matsu are not carved out because they
	 * lie within a few kilometres of Xiamen and Fuzhou's coast.
	 */
	public static boolean isInMainland(GeoPoint p) {
		if (p.lon() < 72.004 || p.lon() > 137.8347 || p.lat() < 0.8293 || p.lat() > 55.8271) {
			return false;
		}
		return !(contains(HONG_KONG, p) || contains(MACAO, p) || contains(TAIWAN, p) || contains(PENGHU, p));
	}

	// outlines as {lat, lon} vertices
	private static final double[][] HONG_KONG = { { 22.15, 113.82 }, { 22.43, 113.82 }, { 22.51, 114.02 },
			{ 22.515, 114.06 }, { 22.53, 114.11 }, { 22.545, 114.15 }, { 22.55, 114.22 }, { 22.565, 114.25 },
			{ 22.565, 114.44 }, { 22.15, 114.44 } };

	private static final double[][] MACAO = { { 22.2175, 113.527 }, { 22.2175, 113.56 }, { 22.18, 113.60 },
			{ 22.105, 113.60 }, { 22.105, 113.548 }, { 22.165, 113.548 }, { 22.185, 113.527 } };

	private static final double[][] TAIWAN = { { 21.8, 119.9 }, { 25.4, 119.9 }, { 25.4, 122.1 }, { 21.8, 122.1 } };

	private static final double[][] PENGHU = { { 23.15, 119.3 }, { 23.8, 119.3 }, { 23.8, 119.75 }, { 23.15, 119.75 } };

	/** Even-odd ray casting; the outlines are small enough to treat degrees as planar. */
	private static boolean contains(double[][] polygon, GeoPoint p) {
		boolean inside = false;
		for (int i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
			double latI = polygon[i][0];
			double lonI = polygon[i][1];
			double latJ = polygon[j][0];
			double lonJ = polygon[j][1];
			if ((latI > p.lat()) != (latJ > p.lat())
					&& p.lon() < (lonJ - lonI) * (p.lat() - latI) / (latJ - latI) + lonI) {
				inside = !inside;
			}
		}
		return inside;
	}

	private static double[] delta(double lat, double lon) {
		double x = lon - 105.0;
		double y = lat - 35.0;
		double dLat = transformLat(x, y);
		double dLon = transformLon(x, y);
		double radLat = Math.toRadians(lat);
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new double[] { dLat, dLon };
	}

	private static double transformLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double transformLon(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}

}
