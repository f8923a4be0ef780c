package org.gonghui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One audited act on one record.
 *
 * @param orgPath where the record sits in the union tree (ltree), so that staff of that
 * subtree can find the entry
 */
public record AuditEntry(AuditAction action, String entityType, @Nullable String entityId, @Nullable String orgPath,
		String summary, List<Change> changes) {

	public static AuditEntry of(AuditAction action, String entityType, Object entityId, @Nullable String orgPath,
			String summary) {
		return new AuditEntry(action, entityType, String.valueOf(entityId), orgPath, summary, List.of());
	}

	public AuditEntry withChanges(List<Change> changes) {
		return new AuditEntry(this.action, this.entityType, this.entityId, this.orgPath, this.summary,
				List.copyOf(changes));
	}

	/** The fields whose values differ between {@code before} and {@code after}. */
	public static List<Change> diff(Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
		List<Change> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			Object old = before.get(field);
			if (!Objects.equals(old, value)) {
				changes.add(new Change(field, old == null ? null : old.toString(),
						value == null ? null : value.toString()));
			}
		});
		return changes;
	}

	public record Change(String field, @Nullable String before, @Nullable String after) {
	}

}
