package org.gonghui.competition;

import java.time.LocalDate;
import java.util.Objects;

import org.gonghui.member.SkillLevel;
import org.jspecify.annotations.Nullable;

/**
 * What eligibility needs to know about someone signing up. Membership of an organisation
 * in the organiser's subtree is decided by the org module and passed in as a fact.
 */
public record Applicant(boolean memberInOrganiserSubtree, @Nullable String trade, LocalDate birthDate,
		@Nullable SkillLevel skillLevel) {

	public Applicant {
		Objects.requireNonNull(birthDate, "birthDate");
	}

}
