package org.gonghui.site.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.site.Facility;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteType;

/** A site as the staff API answers it; {@code lat}/{@code lon} are WGS-84. */
record SiteView(long id, String name, Set<SiteType> types, long orgId, String address, String regionCode, double lat,
		double lon, Set<Facility> facilities, String hours, String hoursText, @Nullable String phone,
		List<String> honours, @Nullable String description, SiteStatus status, int version) {

	static SiteView of(SiteRecord site) {
		return new SiteView(site.id(), site.name(), site.types(), site.orgId(), site.address(), site.regionCode(),
				site.location().lat(), site.location().lon(), site.facilities(), site.hours().toText(),
				site.hours().toChinese(), site.phone(), site.honours(), site.description(), site.status(),
				site.version());
	}

}
