package org.gonghui.audit.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gonghui.audit.AuditAction;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.PageRequest;

/**
 * Administrators and federation staff search the audit log of their subtree: entries
 * about records filed under it, and the acts of accounts that have no record location
 * (sign-ins).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF')")
class AuditPageController {

	private final JdbcClient jdbc;

	private final DataScopes scopes;

	AuditPageController(JdbcClient jdbc, DataScopes scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	@GetMapping("/console/audit")
	String search(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		DataScope scope = this.scopes.current();
		PageRequest request = PageRequest.of(page, 50);
		model.addAttribute("entries", this.jdbc.sql("""
				select id, at, actor_name, action, entity_type, entity_id, summary, changes::text as changes, client_ip
				from audit.audit_event
				where org_path <@ cast(:path as ltree)
				  and (cast(:actor as text) is null or actor_name = cast(:actor as text))
				  and (cast(:action as text) is null or action = cast(:action as text))
				  and (cast(:type as text) is null or entity_type = cast(:type as text))
				  and (cast(:from as timestamptz) is null or at >= cast(:from as timestamptz))
				order by at desc, id desc limit :limit offset :offset""")
			.param("path", scope.path())
			.param("actor", blank(actor))
			.param("action", blank(action))
			.param("type", blank(entityType))
			.param("from",
					from == null ? null : java.sql.Timestamp.from(from.atStartOfDay(BusinessTime.ZONE).toInstant()))
			.param("limit", request.size())
			.param("offset", request.offset())
			.query((rs, row) -> new Entry(rs.getLong("id"), BusinessTime.local(rs.getTimestamp("at")),
					rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("summary"), rs.getString("changes"),
					rs.getString("client_ip")))
			.list());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("page", request.page());
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("entityType", entityType);
		model.addAttribute("from", from);
		return "audit/list";
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	record Entry(long id, LocalDateTime at, String actor, String action, String entityType, @Nullable String entityId,
			@Nullable String summary, @Nullable String changes, @Nullable String clientIp) {
	}

}
