package org.gonghui.site;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.geo.GeoPoint;

/**
 * A site to register on the system's behalf (demo data, bulk loads).
 *
 * @param location WGS-84
 */
public record SiteDraft(String name, Set<SiteType> types, long orgId, String address, String regionCode,
		GeoPoint location, Set<Facility> facilities, OpeningHours hours, @Nullable String phone, List<String> honours,
		@Nullable String description) {

	public SiteDraft {
		types = Set.copyOf(types);
		facilities = Set.copyOf(facilities);
		honours = List.copyOf(honours);
	}

}
