package org.gonghui.site.internal;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.site.Facility;
import org.gonghui.site.SiteType;

/**
 * A site as the public sees it, in the JSON API and on the public pages. {@code lat} and
 * {@code lon} are WGS-84; {@code gcjLat}/{@code gcjLon} the same point in GCJ-02 for
 * mainland map tiles.
 */
record PublicSiteView(long id, String name, List<Named> types, String address, String regionCode,
		@Nullable String phone, double lat, double lon, double gcjLat, double gcjLon, @Nullable Long distanceMetres,
		@Nullable String distanceText, boolean openNow, String hoursText, List<Named> facilities, List<String> honours,
		@Nullable String description, String amapUrl, String baiduUrl) {

	/** An enum constant with its Chinese name. */
	record Named(String code, String name) {
	}

	static PublicSiteView of(SiteRecord site, @Nullable Double distance, ZonedDateTime at) {
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(site.location());
		Long metres = distance == null ? null : Math.round(distance);
		return new PublicSiteView(site.id(), site.name(),
				site.types()
					.stream()
					.sorted(Comparator.naturalOrder())
					.map(t -> new Named(t.name(), t.chineseName()))
					.toList(),
				site.address(), site.regionCode(), site.phone(), site.location().lat(), site.location().lon(),
				gcj.lat(), gcj.lon(), metres, metres == null ? null : distanceText(metres), site.hours().isOpenAt(at),
				site.hours().toChinese(at.withZoneSameInstant(org.gonghui.site.OpeningHours.ZONE).toLocalDate()),
				site.facilities()
					.stream()
					.sorted(Comparator.naturalOrder())
					.map(f -> new Named(f.name(), f.chineseName()))
					.toList(),
				site.honours(), site.description(), MapLinks.amap(site.location(), site.name()),
				MapLinks.baidu(site.location(), site.name(), site.address()));
	}

	static String distanceText(long metres) {
		if (metres < 1000) {
			return metres + " 米";
		}
		return String.format(java.util.Locale.ROOT, "%.1f 公里", metres / 1000.0);
	}

	boolean has(Facility facility) {
		return this.facilities.stream().anyMatch(f -> f.code().equals(facility.name()));
	}

	boolean is(SiteType type) {
		return this.types.stream().anyMatch(t -> t.code().equals(type.name()));
	}

}
