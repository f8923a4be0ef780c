package org.gonghui;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.org.OrganisationMoved;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module that copies organisation paths into its own tables must follow a moved
 * subtree, or a county that receives the subtree never sees those records. Rather than a
 * list kept by hand, the database says which tables have an {@code org_path}; the
 * transaction's own statistics say which of them the followers touched.
 */
@IntegrationTest
class OrgPathFollowersIntegrationTests {

	/**
	 * Tables whose path is deliberately the one at the time of the record: the audit log
	 * is append-only and says where an action happened when it happened.
	 */
	private static final Set<String> HISTORICAL = Set.of("audit.audit_event");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyTableWithAnOrgPathFollowsAMovedSubtree() {
		List<String> tables = this.jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.columns
				 where column_name = 'org_path' and table_schema not in ('pg_catalog', 'information_schema')
				   and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE')
				 order by 1""").query(String.class).list();
		assertThat(tables).contains("member.member", "gig.post", "site.site");

		List<String> scanned = this.transactions.execute(status -> {
			status.setRollbackOnly();
			this.events.publishEvent(new OrganisationMoved(987654321L, "1.987654321", "1.987654320.987654321"));
			return this.jdbc.sql("""
					select schemaname || '.' || relname from pg_stat_xact_user_tables
					 where coalesce(seq_scan, 0) + coalesce(idx_scan, 0) > 0""").query(String.class).list();
		});
		assertThat(tables).filteredOn(table -> !HISTORICAL.contains(table))
			.allSatisfy(table -> assertThat(scanned).as("tables scanned by the followers").contains(table));
	}

}
