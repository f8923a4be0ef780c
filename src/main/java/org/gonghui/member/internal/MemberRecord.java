package org.gonghui.member.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.ident.IdNumber.Gender;

/** A member row as stored, with the version used for optimistic locking. */
record MemberRecord(long id, String name, String idNumberMasked, LocalDate birthDate, Gender gender,
		@Nullable String phone, long orgId, String orgPath, @Nullable String employer, LocalDate joinedOn,
		MemberStatus status, @Nullable String occupation, @Nullable SkillLevel skillLevel, boolean newEmploymentForm,
		int version) {

	MemberSummary summary() {
		return new MemberSummary(this.id, this.name, this.idNumberMasked, this.birthDate, this.gender, this.phone,
				this.orgId, this.orgPath, this.employer, this.joinedOn, this.status, this.occupation, this.skillLevel,
				this.newEmploymentForm);
	}

}
