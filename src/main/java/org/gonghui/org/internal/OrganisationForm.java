package org.gonghui.org.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.org.OrgType;
import org.gonghui.org.Ownership;

/** A new organisation, from the API or the console form. */
record OrganisationForm(
		@NotBlank(message = "{org.name.required}") @Size(max = 100, message = "{org.name.size}") String name,
		@NotNull(message = "{org.type.required}") OrgType type,
		@NotNull(message = "{org.parent.required}") Long parentId,
		@NotNull(message = "{org.region.required}") @Pattern(regexp = "\\d{6}",
				message = "{org.region.format}") String regionCode,
		@Nullable LocalDate foundedOn, @Nullable Boolean hasWorkersCongress, @Nullable Boolean hasOpenAffairs,
		@Nullable @Size(max = 100, message = "{org.employer.size}") String employerName, @Nullable String creditCode,
		@Nullable Ownership ownership,
		@Nullable @PositiveOrZero(message = "{org.headcount.invalid}") @Max(value = 10_000_000,
				message = "{org.headcount.invalid}") Integer headcount) {
}
