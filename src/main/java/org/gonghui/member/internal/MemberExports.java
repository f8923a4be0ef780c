package org.gonghui.member.internal;

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
import org.gonghui.member.MemberStatus;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.GonghuiException;

/**
 * A filtered roster written to .xlsx as it is read from the database, so an export of a
 * whole city does not sit in memory. ID numbers are masked: a spreadsheet leaves the
 * platform and its access control behind. Every export is audited.
 */
@Service
public class MemberExports {

	private final MemberQueries queries;

	private final OrgDirectory orgs;

	private final RosterScopes rosters;

	private final AuditLog audit;

	MemberExports(MemberQueries queries, OrgDirectory orgs, RosterScopes rosters, AuditLog audit) {
		this.queries = queries;
		this.orgs = orgs;
		this.rosters = rosters;
		this.audit = audit;
	}

	/**
	 * Writes the members under {@code orgId} (the whole scope if null), by name prefix
	 * and status.
	 * @throws GonghuiException 404 if {@code orgId} lies outside {@code scope}
	 */
	public int export(DataScope scope, @Nullable Long orgId, @Nullable String name, @Nullable MemberStatus status,
			OutputStream out) {
		return export(scope, this.rosters.filter(scope, orgId, name, status), out);
	}

	/** Writes the filtered roster; returns the number of members written. */
	int export(DataScope scope, MemberFilter filter, OutputStream out) {
		if (!scope.contains(filter.orgPath())) {
			throw GonghuiException.notFound();
		}
		Map<Long, String> unionNames = new HashMap<>();
		AtomicInteger written = new AtomicInteger();
		try {
			XlsxWriter.write(out, "会员名册", MemberSheets.EXPORT, writer -> this.queries.forEach(filter, member -> {
				writer.row(row(member, unionNames));
				written.incrementAndGet();
			}));
		}
		finally {
			// also when the download broke off: whatever was sent has left the platform
			this.audit.record(AuditEntry.of(AuditAction.EXPORT, "member", "roster", filter.orgPath(),
					"导出会员名册 " + written.get() + " 条" + describe(filter)));
		}
		return written.get();
	}

	private List<@Nullable Object> row(MemberRecord member, Map<Long, String> unionNames) {
		List<@Nullable Object> row = new ArrayList<>(10);
		row.add(member.name());
		row.add(member.idNumberMasked());
		row.add(member.phone());
		row.add(member.employer());
		row.add(unionNames.computeIfAbsent(member.orgId(),
				id -> this.orgs.find(id).map(OrgSummary::name).orElse(String.valueOf(id))));
		row.add(member.joinedOn());
		row.add(member.occupation());
		row.add(member.skillLevel() == null ? null : MemberSheets.SKILL_LABELS.get(member.skillLevel()));
		row.add(member.newEmploymentForm() ? "是" : "否");
		row.add(MemberSheets.STATUS_LABELS.get(member.status()));
		return row;
	}

	private static String describe(MemberFilter filter) {
		StringBuilder text = new StringBuilder();
		if (filter.namePrefix() != null && !filter.namePrefix().isBlank()) {
			text.append("，姓名以“").append(filter.namePrefix().strip()).append("”开头");
		}
		if (filter.status() != null) {
			text.append("，状态：").append(MemberSheets.STATUS_LABELS.get(filter.status()));
		}
		return text.toString();
	}

}
