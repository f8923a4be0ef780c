package org.gonghui.demo;

import java.time.LocalDate;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.ident.IdNumber;
import org.jspecify.annotations.Nullable;

/**
 * A member of a grassroots union. {@code idNumber} is a valid but fictional GB 11643-1999
 * number whose address code is the union's county and whose sequence parity matches
 * {@code gender}.
 */
public record DemoMember(String key, String orgKey, String name, IdNumber.Gender gender, String idNumber, String mobile,
		String employerName, LocalDate joinedOn, MemberStatus status, DemoOccupation occupation,
		@Nullable SkillLevel skillLevel) {

	public boolean newEmploymentForm() {
		return this.occupation.newEmploymentForm();
	}

}
