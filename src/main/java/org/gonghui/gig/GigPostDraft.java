package org.gonghui.gig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;

/**
 * A job as an employer posts it. Pay is in fen per {@code payUnit}; a piece rate also
 * needs the estimated hourly earnings ({@link MinimumWageRule}). The place is a WGS-84
 * point. An instant-hire post may name its expiry; without one it expires by
 * {@link InstantHirePolicy#defaultExpiry}. {@code siteId} names the gig-market station (a
 * service site) the post is published through, if any.
 */
public record GigPostDraft(@NotBlank @Size(max = 60) String title, @NotBlank @Size(max = 30) String trade,
		@NotBlank @Size(max = 4000) String description, @Nullable @Size(max = 1000) String requirements,
		@Nullable SkillLevel requiredLevel, @NotNull PayUnit payUnit, @Positive long payFen,
		@Nullable @Positive Long estimatedHourlyFen, @NotNull @Pattern(regexp = "\\d{6}") String regionCode,
		@NotBlank @Size(max = 200) String address, @DecimalMin("3.8") @DecimalMax("53.6") double lat,
		@DecimalMin("73.5") @DecimalMax("135.1") double lon, @NotNull LocalDate workDate, @NotNull LocalTime startTime,
		@NotNull LocalTime endTime, @Min(1) @Max(999) int headcount, boolean instantHire, @Nullable Instant expiresAt,
		@Nullable Long siteId) {

	public PayRate payRate() {
		return new PayRate(this.payUnit, this.payFen, this.estimatedHourlyFen);
	}

}
