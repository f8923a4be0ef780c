package org.gonghui.site;

import java.util.Set;

import org.gonghui.shared.geo.GeoPoint;

/**
 * A site as other modules see it. The gig market refers to a site by {@link #id()}; a
 * site whose {@link #types()} include {@link SiteType#GIG_MARKET_STATION} is a gig-market
 * station (零工市场站点).
 *
 * @param location WGS-84
 */
public record SiteSummary(long id, String name, Set<SiteType> types, long orgId, String regionCode, String address,
		GeoPoint location, SiteStatus status) {

	public SiteSummary {
		types = Set.copyOf(types);
	}

	public boolean isGigMarketStation() {
		return this.types.contains(SiteType.GIG_MARKET_STATION);
	}

}
