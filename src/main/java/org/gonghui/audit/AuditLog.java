package org.gonghui.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.gonghui.shared.security.CurrentUser;

/** Writes audit entries; the actor is the signed-in user (or the system). */
@Service
public class AuditLog {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Joins the caller's transaction: the entry commits or rolls back with the change.
	 */
	@Transactional
	public void record(AuditEntry entry) {
		CurrentUser user = CurrentUser.current().orElse(null);
		recordAs(user == null ? null : user.accountId(), user == null ? "system" : user.username(), entry);
	}

	/** For sign-in events, where no user is in the security context yet. */
	@Transactional
	public void recordAs(@Nullable Long actorId, String actorName, AuditEntry entry) {
		this.jdbc.sql("""
				insert into audit.audit_event
				    (actor_id, actor_name, action, entity_type, entity_id, org_path, summary, changes, client_ip)
				values (:actorId, :actorName, :action, :entityType, :entityId, cast(:orgPath as ltree), :summary,
				        cast(:changes as jsonb), :ip)""")
			.param("actorId", actorId)
			.param("actorName", actorName)
			.param("action", entry.action().name())
			.param("entityType", entry.entityType())
			.param("entityId", entry.entityId())
			.param("orgPath", entry.orgPath())
			.param("summary", entry.summary())
			.param("changes", entry.changes().isEmpty() ? null : toJson(entry))
			.param("ip", clientIp())
			.update();
	}

	private static String toJson(AuditEntry entry) {
		Map<String, Map<String, @Nullable String>> changes = new LinkedHashMap<>();
		entry.changes().forEach(change -> {
			Map<String, @Nullable String> values = new LinkedHashMap<>();
			values.put("before", change.before());
			values.put("after", change.after());
			changes.put(change.field(), values);
		});
		return JSON.writeValueAsString(changes);
	}

	private static @Nullable String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
