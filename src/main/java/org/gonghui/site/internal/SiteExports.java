package org.gonghui.site.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.sheet.XlsxWriter;

/**
 * The filtered site list as .xlsx, in the import's columns so a clerk can edit and import
 * it elsewhere. Written as it is read; audited.
 */
@Service
class SiteExports {

	private final SiteRepository sites;

	private final OrgDirectory orgs;

	private final AuditLog audit;

	SiteExports(SiteRepository sites, OrgDirectory orgs, AuditLog audit) {
		this.sites = sites;
		this.orgs = orgs;
		this.audit = audit;
	}

	int export(SiteFilter filter, OutputStream out) {
		Map<Long, String> orgNames = new HashMap<>();
		AtomicInteger written = new AtomicInteger();
		try {
			XlsxWriter.write(out, "服务阵地", SiteSheets.SCHEMA, writer -> this.sites.forEach(filter, site -> {
				writer.row(row(site, orgNames));
				written.incrementAndGet();
			}));
		}
		finally {
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "site", "list", filter.orgPath(),
					"导出服务阵地 " + written.get() + " 个"));
		}
		return written.get();
	}

	private List<@Nullable Object> row(SiteRecord site, Map<Long, String> orgNames) {
		List<@Nullable Object> row = new ArrayList<>(14);
		row.add(site.name());
		row.add(SiteSheets.typesText(site.types()));
		row.add(orgNames.computeIfAbsent(site.orgId(),
				id -> this.orgs.find(id).map(OrgSummary::name).orElse(String.valueOf(id))));
		row.add(site.address());
		row.add(site.regionCode());
		row.add(site.location().lat());
		row.add(site.location().lon());
		row.add("WGS84");
		row.add(SiteSheets.facilitiesText(site.facilities()));
		row.add(site.hours().toText());
		row.add(site.phone());
		row.add(String.join("；", site.honours()));
		row.add(site.description());
		row.add(SiteSheets.statusText(site.status()));
		return row;
	}

}
