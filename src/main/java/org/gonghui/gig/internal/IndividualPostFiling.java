package org.gonghui.gig.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.org.OrgDirectory;

/**
 * Files individual employers' posts still at the root under their region's federation.
 * Posts were once all filed at the root, and a post made before its region had a
 * federation stays there; neither the county's staff nor its unpaid-wage list saw them.
 * Runs at each start (after the root exists) and whenever called; the federation comes
 * from the org module's API, so this cannot be a SQL migration.
 */
@Component
@Order(20)
class IndividualPostFiling implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndividualPostFiling.class);

	private final JdbcClient jdbc;

	private final OrgDirectory orgs;

	private final TransactionTemplate transactions;

	IndividualPostFiling(JdbcClient jdbc, OrgDirectory orgs, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.orgs = orgs;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		// through the template: a call on this object would bypass @Transactional, and a
		// report must never move without its post
		Integer moved = this.transactions.execute((status) -> refile());
		if (moved != null && moved > 0) {
			log.info("Filed {} individual employers' gig posts under their regions' federations", moved);
		}
	}

	/**
	 * @return how many posts moved
	 */
	@Transactional
	int refile() {
		String root = this.orgs.root().path();
		List<String> regions = this.jdbc.sql("""
				select distinct region_code from gig.post
				 where employer_org_id is null and org_path = cast(:root as ltree)""")
			.param("root", root)
			.query(String.class)
			.list();
		int moved = 0;
		for (String region : regions) {
			String path = this.orgs.federationFor(region).path();
			if (path.equals(root)) {
				continue;
			}
			// the reports first: they are found through the posts still at the root
			this.jdbc.sql("""
					update gig.unpaid_report r set org_path = cast(:path as ltree)
					  from gig.post p
					 where r.post_id = p.id and p.employer_org_id is null and p.region_code = :region
					   and p.org_path = cast(:root as ltree) and r.org_path = cast(:root as ltree)""")
				.param("path", path)
				.param("region", region)
				.param("root", root)
				.update();
			moved += this.jdbc.sql("""
					update gig.post set org_path = cast(:path as ltree)
					 where employer_org_id is null and region_code = :region and org_path = cast(:root as ltree)""")
				.param("path", path)
				.param("region", region)
				.param("root", root)
				.update();
		}
		return moved;
	}

}
