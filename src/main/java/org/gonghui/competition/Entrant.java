package org.gonghui.competition;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** An accepted entrant (参赛选手) as the scoring rules see them. */
public record Entrant(long entrantId, @Nullable Long employerId, Instant signedUpAt) {

	public Entrant {
		Objects.requireNonNull(signedUpAt, "signedUpAt");
	}

}
