package org.gonghui.org.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.org.Ownership;

/**
 * Changes to an organisation; a field left out stays as it is. A new parent moves the
 * subtree.
 */
record OrganisationPatch(@Nullable @Size(min = 1, max = 100, message = "{org.name.size}") String name,
		@Nullable @Pattern(regexp = "\\d{6}", message = "{org.region.format}") String regionCode,
		@Nullable Long parentId, @Nullable LocalDate foundedOn, @Nullable Boolean hasWorkersCongress,
		@Nullable Boolean hasOpenAffairs,
		@Nullable @Size(max = 100, message = "{org.employer.size}") String employerName, @Nullable String creditCode,
		@Nullable Ownership ownership,
		@Nullable @PositiveOrZero(message = "{org.headcount.invalid}") @Max(value = 10_000_000,
				message = "{org.headcount.invalid}") Integer headcount,
		@Nullable Integer version) {
}
