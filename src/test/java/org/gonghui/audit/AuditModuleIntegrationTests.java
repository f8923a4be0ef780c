package org.gonghui.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.shared.security.DataScopes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log on its own. The data scope of its search page is resolved by the
 * organisations module, which is not started here.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class AuditModuleIntegrationTests {

	@MockitoBean
	DataScopes scopes;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	Map<String, Object> entry(String entityId) {
		return this.jdbc.sql("""
				select actor_name, action, org_path::text as org_path, summary, changes::text as changes
				from audit.audit_event where entity_type = 'test' and entity_id = :id""")
			.param("id", entityId)
			.query()
			.singleRow();
	}

	long count(String entityId) {
		return this.jdbc.sql("select count(*) from audit.audit_event where entity_type = 'test' and entity_id = :id")
			.param("id", entityId)
			.query(Long.class)
			.single();
	}

	@Test
	void recordsWhoDidWhatWhereAndTheChangedFields() {
		String id = "t" + System.nanoTime();

		this.audit.recordAs(42L, "tester",
				AuditEntry.of(AuditAction.UPDATE, "test", id, "1.2.3", "修改测试记录")
					.withChanges(AuditEntry.diff(Map.<String, Object>of("phone", "13800000000"),
							Map.<String, Object>of("phone", "13900000000"))));

		Map<String, Object> row = entry(id);
		assertThat(row).containsEntry("actor_name", "tester")
			.containsEntry("action", "UPDATE")
			.containsEntry("org_path", "1.2.3")
			.containsEntry("summary", "修改测试记录");
		assertThat((String) row.get("changes")).contains("13800000000").contains("13900000000");
	}

	@Test
	void anEntryRollsBackWithTheChangeItDescribes() {
		String id = "t" + System.nanoTime();

		this.transactions.executeWithoutResult(status -> {
			this.audit.record(AuditEntry.of(AuditAction.CREATE, "test", id, "1.2", "新建测试记录"));
			status.setRollbackOnly();
		});

		assertThat(count(id)).isZero();
	}

	@Test
	void withoutASignedInUserTheSystemIsTheActor() {
		String id = "t" + System.nanoTime();

		this.audit.record(AuditEntry.of(AuditAction.IMPORT, "test", id, null, "系统导入"));

		assertThat(entry(id)).containsEntry("actor_name", "system").containsEntry("org_path", null);
	}

}
