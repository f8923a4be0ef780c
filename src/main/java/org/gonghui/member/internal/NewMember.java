package org.gonghui.member.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;
import org.gonghui.shared.ident.IdNumber;

/**
 * A validated member about to be written; the org path is the union's at the time of
 * writing.
 */
record NewMember(String name, IdNumber idNumber, @Nullable String phone, long orgId, String orgPath,
		@Nullable String employer, LocalDate joinedOn, @Nullable String occupation, @Nullable SkillLevel skillLevel,
		boolean newEmploymentForm) {
}
