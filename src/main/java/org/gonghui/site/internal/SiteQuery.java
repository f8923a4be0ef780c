package org.gonghui.site.internal;

import java.time.ZonedDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.site.Facility;
import org.gonghui.site.SiteType;

/**
 * The public search: active sites near a point (nearest first) or in a region (by name),
 * optionally only those open at {@code at}, having every facility asked for and any of
 * the types asked for.
 *
 * @param near WGS-84
 * @param region a region code or its prefix ("420602", "4206")
 */
record SiteQuery(@Nullable GeoPoint near, @Nullable String region, boolean openNow, Set<Facility> facilities,
		Set<SiteType> types, ZonedDateTime at, int limit) {

	static final int MAX_LIMIT = 200;

	SiteQuery {
		facilities = Set.copyOf(facilities);
		types = Set.copyOf(types);
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

}
