package org.gonghui.org.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrgIndicators;
import org.gonghui.org.OrgSummary;

/**
 * A subtree's indicators from the organisation table alone: member counts are kept on
 * each organisation, so no request scans the members.
 */
@Component
class IndicatorQueries {

	private final JdbcClient jdbc;

	IndicatorQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OrgIndicators of(OrgSummary org) {
		OrgIndicators tree = this.jdbc.sql("""
				select count(*) as organisations,
				       count(*) filter (where type = 'GRASSROOTS_UNION') as grassroots,
				       count(*) filter (where type = 'GRASSROOTS_UNION' and has_workers_congress) as congress,
				       count(*) filter (where type = 'GRASSROOTS_UNION' and has_open_affairs) as open_affairs,
				       coalesce(sum(member_count), 0) as members
				from org.organisation where path <@ cast(:path as ltree)""")
			.param("path", org.path())
			.query((rs, row) -> new OrgIndicators(org.id(), rs.getLong("organisations"), rs.getLong("grassroots"), 0, 0,
					rs.getLong("congress"), rs.getLong("open_affairs"), rs.getLong("members")))
			.single();
		// employers are counted by region, unionised or not: the founding rate's
		// denominator
		long[] enterprises = this.jdbc.sql("""
				select count(*), count(o.id) from org.enterprise e
				left join org.organisation o on o.enterprise_id = e.id
				where e.region_code like :prefix""")
			.param("prefix", regionPrefix(org.regionCode()) + "%")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
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
