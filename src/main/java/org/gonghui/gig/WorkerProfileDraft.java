package org.gonghui.gig;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;

/**
 * A job seeker's profile: the trades they take work in, free-text skills, certified skill
 * level (none if uncertified), the regions they work in (GB/T 2260 codes), where they
 * start from (WGS-84, optional) and when they are available each week (ISO weekdays, 1 =
 * Monday, and the hours of the day).
 */
public record WorkerProfileDraft(@NotBlank @Size(max = 30) String name, @Nullable String phone,
		@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 30) String> trades,
		@Size(max = 20) List<@NotBlank @Size(max = 30) String> skills, @Nullable SkillLevel skillLevel,
		@Size(max = 10) List<String> areas, @Nullable @DecimalMin("3.8") @DecimalMax("53.6") Double lat,
		@Nullable @DecimalMin("73.5") @DecimalMax("135.1") Double lon, @NotEmpty Set<Integer> availableDays,
		@NotNull LocalTime availableFrom, @NotNull LocalTime availableUntil) {

	public WorkerProfileDraft {
		skills = skills == null ? List.of() : skills;
		areas = areas == null ? List.of() : areas;
	}

}
