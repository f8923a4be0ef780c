package org.gonghui.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A member to enter in bulk on the system's behalf (demo data, migrations from old
 * systems).
 */
public record MemberDraft(String name, String idNumber, String phone, long orgId, @Nullable String employer,
		LocalDate joinedOn, MemberStatus status, @Nullable String occupation, @Nullable SkillLevel skillLevel,
		boolean newEmploymentForm) {
}
