package org.gonghui.member.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;

/** A member entered by staff, one at a time. */
record MemberForm(
		@NotBlank(message = "{member.name.required}") @Size(max = 50, message = "{member.name.size}") String name,
		@NotBlank(message = "{id-number.required}") String idNumber,
		@NotBlank(message = "{member.phone.required}") String phone,
		@NotNull(message = "{member.org.required}") Long orgId,
		@Nullable @Size(max = 100, message = "{member.employer.size}") String employer,
		@Nullable @PastOrPresent(message = "{member.joined-on.future}") LocalDate joinedOn,
		@Nullable @Size(max = 60, message = "{member.occupation.size}") String occupation,
		@Nullable SkillLevel skillLevel, @Nullable Boolean newEmploymentForm) {
}
