package org.gonghui.site.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.site.Facility;
import org.gonghui.site.OpeningHours;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteSummary;
import org.gonghui.site.SiteType;

/** A site as stored; {@code location} is WGS-84. */
record SiteRecord(long id, String name, Set<SiteType> types, long orgId, String orgPath, String address,
		String regionCode, GeoPoint location, Set<Facility> facilities, OpeningHours hours, @Nullable String phone,
		List<String> honours, @Nullable String description, SiteStatus status, int version) {

	SiteSummary summary() {
		return new SiteSummary(this.id, this.name, this.types, this.orgId, this.regionCode, this.address, this.location,
				this.status);
	}

	/** The fields an audit entry compares before and after a change. */
	Map<String, @Nullable Object> auditFields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("types", new TreeSet<>(this.types));
		fields.put("orgId", this.orgId);
		fields.put("address", this.address);
		fields.put("regionCode", this.regionCode);
		fields.put("location", this.location.lat() + "," + this.location.lon());
		fields.put("facilities", new TreeSet<>(this.facilities));
		fields.put("hours", this.hours.toText());
		fields.put("phone", this.phone);
		fields.put("honours", this.honours);
		fields.put("description", this.description);
		fields.put("status", this.status);
		return fields;
	}

}
