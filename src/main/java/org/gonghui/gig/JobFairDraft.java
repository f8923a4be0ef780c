package org.gonghui.gig;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A job fair (招聘会): when and where, the organising union, and each participating
 * employer's positions.
 */
public record JobFairDraft(@NotBlank @Size(max = 80) String title, @NotBlank @Size(max = 4000) String description,
		@NotBlank @Size(max = 200) String venue, @Nullable Long siteId,
		@NotNull @Pattern(regexp = "\\d{6}") String regionCode, @NotNull Instant startsAt, @NotNull Instant endsAt,
		@NotNull Long orgId, @Size(max = 500) List<@Valid Position> positions) {

	public JobFairDraft {
		positions = positions == null ? List.of() : List.copyOf(positions);
	}

	/** One employer's position at the fair. */
	public record Position(@NotBlank @Size(max = 80) String employerName, @NotBlank @Size(max = 60) String title,
			@Min(1) int headcount, @Nullable @Size(max = 60) String payText) {
	}

}
