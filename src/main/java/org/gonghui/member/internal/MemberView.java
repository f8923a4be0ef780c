package org.gonghui.member.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;

/** A member in the API: the ID number masked unless revealed (and audited). */
record MemberView(long id, String name, String idNumber, @Nullable String phone, long orgId, @Nullable String employer,
		LocalDate joinedOn, MemberStatus status, @Nullable String occupation, @Nullable SkillLevel skillLevel,
		boolean newEmploymentForm, LocalDate birthDate, String gender, int version) {

	static MemberView of(MemberRecord member) {
		return of(member, member.idNumberMasked());
	}

	static MemberView of(MemberRecord member, String idNumber) {
		return new MemberView(member.id(), member.name(), idNumber, member.phone(), member.orgId(), member.employer(),
				member.joinedOn(), member.status(), member.occupation(), member.skillLevel(),
				member.newEmploymentForm(), member.birthDate(), member.gender().name(), member.version());
	}

}
