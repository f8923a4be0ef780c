package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What one entrant achieved in a round, before normalisation: judges' sheet totals,
 * online votes, an objective test score and/or a time. A missing score or time (absent,
 * did not finish) counts 0.
 */
public record Performance(long entrantId, Instant signedUpAt, List<BigDecimal> judgeTotals, long votes,
		@Nullable BigDecimal objectiveScore, @Nullable Duration objectiveTime) {

	public Performance {
		Objects.requireNonNull(signedUpAt, "signedUpAt");
		judgeTotals = List.copyOf(judgeTotals);
		if (votes < 0) {
			throw new IllegalArgumentException("votes < 0");
		}
		if (objectiveScore != null && objectiveScore.signum() < 0) {
			throw new IllegalArgumentException("objective score < 0");
		}
		if (objectiveTime != null && (objectiveTime.isNegative() || objectiveTime.isZero())) {
			throw new IllegalArgumentException("objective time must be positive");
		}
	}

	public static Performance of(long entrantId, Instant signedUpAt) {
		return new Performance(entrantId, signedUpAt, List.of(), 0, null, null);
	}

	public Performance withJudgeTotals(List<BigDecimal> totals) {
		return new Performance(this.entrantId, this.signedUpAt, totals, this.votes, this.objectiveScore,
				this.objectiveTime);
	}

	public Performance withVotes(long votes) {
		return new Performance(this.entrantId, this.signedUpAt, this.judgeTotals, votes, this.objectiveScore,
				this.objectiveTime);
	}

	public Performance withObjectiveScore(BigDecimal score) {
		return new Performance(this.entrantId, this.signedUpAt, this.judgeTotals, this.votes, score,
				this.objectiveTime);
	}

	public Performance withObjectiveTime(Duration time) {
		return new Performance(this.entrantId, this.signedUpAt, this.judgeTotals, this.votes, this.objectiveScore,
				time);
	}

}
