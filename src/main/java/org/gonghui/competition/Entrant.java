package org.gonghui.competition;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An accepted entrant (参赛选手) as the scoring rules see them; {@code employerIds} are the
 * employers of everyone on the entry (one for an individual, each team member's for a
 * team).
 */
public record Entrant(long entrantId, Set<Long> employerIds, Instant signedUpAt) {

	public Entrant {
		employerIds = Set.copyOf(employerIds);
		Objects.requireNonNull(signedUpAt, "signedUpAt");
	}

	/** An individual entrant; an unknown employer conflicts with no judge. */
	public Entrant(long entrantId, @Nullable Long employerId, Instant signedUpAt) {
		this(entrantId, employerId == null ? Set.of() : Set.of(employerId), signedUpAt);
	}

}
