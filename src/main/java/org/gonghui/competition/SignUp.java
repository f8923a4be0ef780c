package org.gonghui.competition;

import org.jspecify.annotations.Nullable;

/**
 * A sign-up or nomination: the member is found by ID number and the name must match; a
 * team contest needs the team's name.
 */
public record SignUp(String name, String idNumber, @Nullable String teamName, @Nullable String description) {
}
