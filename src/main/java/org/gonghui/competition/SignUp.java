package org.gonghui.competition;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sign-up or nomination. On a nomination the member is found by ID number and the name
 * must match; on a worker's own sign-up the name and ID number are blank and not used
 * (the worker enters as their linked member). A team contest needs the team's name and
 * its other members (the one signing up or nominated is the captain): found by name and
 * ID number on a nomination, invited on a portal sign-up.
 */
public record SignUp(String name, String idNumber, @Nullable String teamName, @Nullable String description,
		List<Teammate> teammates) {

	public SignUp {
		teammates = teammates == null ? List.of() : List.copyOf(teammates);
	}

	/** An individual entry, or a team's captain alone. */
	public SignUp(String name, String idNumber, @Nullable String teamName, @Nullable String description) {
		this(name, idNumber, teamName, description, List.of());
	}

	/** A team member other than the captain, by name and ID number. */
	public record Teammate(String name, String idNumber) {
	}

}
