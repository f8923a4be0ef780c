package org.gonghui.site.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.shared.geo.GeoPoint;

/**
 * "Open in map app" links. Both apps take GCJ-02 here (AMap natively, Baidu with
 * {@code coord_type=gcj02}, converting to its own BD-09 itself), so a WGS-84 point is
 * converted first; unconverted it would land a few hundred metres off.
 */
final class MapLinks {

	private MapLinks() {
	}

	static String amap(GeoPoint wgs84, String name) {
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(wgs84);
		return "https://uri.amap.com/marker?position=" + coordinate(gcj.lon()) + "," + coordinate(gcj.lat()) + "&name="
				+ encode(name) + "&src=gonghui&coordinate=gaode&callnative=1";
	}

	static String baidu(GeoPoint wgs84, String name, String address) {
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(wgs84);
		return "https://api.map.baidu.com/marker?location=" + coordinate(gcj.lat()) + "," + coordinate(gcj.lon())
				+ "&title=" + encode(name) + "&content=" + encode(address)
				+ "&output=html&coord_type=gcj02&src=webapp.gonghui.sites";
	}

	static String coordinate(double degrees) {
		return String.format(Locale.ROOT, "%.6f", degrees);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
