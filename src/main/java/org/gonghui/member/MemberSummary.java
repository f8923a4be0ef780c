package org.gonghui.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.ident.IdNumber.Gender;

/** A member as other modules see it; the ID number only masked. */
public record MemberSummary(long id, String name, String idNumberMasked, LocalDate birthDate, Gender gender,
		@Nullable String phone, long orgId, String orgPath, @Nullable String employer, LocalDate joinedOn,
		MemberStatus status, @Nullable String occupation, @Nullable SkillLevel skillLevel, boolean newEmploymentForm) {
}
