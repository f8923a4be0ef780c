package org.gonghui.member.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;

/**
 * Changes to a member; a field left out stays as it is. A new {@code orgId} transfers the
 * membership (会员关系接转); status {@code LEFT} records leaving.
 */
record MemberPatch(@Nullable @Size(min = 1, max = 50, message = "{member.name.size}") String name,
		@Nullable String phone, @Nullable Long orgId,
		@Nullable @Size(max = 100, message = "{member.employer.size}") String employer,
		@Nullable @PastOrPresent(message = "{member.joined-on.future}") LocalDate joinedOn,
		@Nullable MemberStatus status,
		@Nullable @Size(max = 60, message = "{member.occupation.size}") String occupation,
		@Nullable SkillLevel skillLevel, @Nullable Boolean newEmploymentForm,
		@Nullable @Size(max = 200, message = "{member.note.size}") String note, @Nullable Integer version) {
}
