package org.gonghui.org.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrgIndicators;
import org.gonghui.org.OrgSummary;

/**
 * A subtree's indicators, read from totals the database keeps per organisation and per
 * region prefix (see {@code V2_1__org_subtree_totals.sql}): no request scans the members,
 * the subtree or the region's employers.
 */
@Component
class IndicatorQueries {

	private final JdbcClient jdbc;

	IndicatorQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OrgIndicators of(OrgSummary org) {
		OrgIndicators tree = this.jdbc.sql("""
				select organisations, grassroots, congress, open_affairs, members
				from org.subtree_totals where org_id = :id""")
			.param("id", org.id())
			.query((rs, row) -> new OrgIndicators(org.id(), rs.getLong("organisations"), rs.getLong("grassroots"), 0, 0,
					rs.getLong("congress"), rs.getLong("open_affairs"), rs.getLong("members")))
			.optional()
			.orElse(new OrgIndicators(org.id(), 0, 0, 0, 0, 0, 0, 0));
		// employers are counted by region, unionised or not: the founding rate's
		// denominator
		long[] enterprises = this.jdbc.sql("""
				select enterprises, unionised from org.region_enterprise_totals where prefix = :prefix""")
			.param("prefix", regionPrefix(org.regionCode()))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElse(new long[] { 0, 0 });
		return new OrgIndicators(org.id(), tree.organisations(), tree.grassrootsUnions(), enterprises[0],
				enterprises[1], tree.withWorkersCongress(), tree.withOpenAffairs(), tree.members());
	}

	/** The region indicators of each child, for the comparison chart. */
	List<OrgIndicators> ofChildren(List<OrgSummary> children) {
		return children.stream().filter(child -> child.type().isFederation()).map(this::of).toList();
	}

	/** 420000 → 42, 420600 → 4206, 420602 → 420602, 000000 → everything. */
	static String regionPrefix(String regionCode) {
		if (regionCode.equals("000000")) {
			return "";
		}
		if (regionCode.endsWith("0000")) {
			return regionCode.substring(0, 2);
		}
		if (regionCode.endsWith("00")) {
			return regionCode.substring(0, 4);
		}
		return regionCode;
	}

}
