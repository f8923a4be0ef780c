package org.gonghui.gig;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.gig.RankingWeights.Criterion;

/**
 * A candidate's place in the ranking with the reasons, so the employer sees why:
 * {@code score} is the sum of the parts' points (0 to 100).
 */
public record RankedCandidate(long workerId, int score, List<ScorePart> parts, @Nullable Double distanceKm,
		double coveredShare, double shrunkRating) {

	public RankedCandidate {
		parts = List.copyOf(parts);
	}

	public ScorePart part(Criterion criterion) {
		return this.parts.stream().filter(p -> p.criterion() == criterion).findFirst().orElseThrow();
	}

	/**
	 * One criterion's contribution: {@code fraction} (0 to 1) of {@code maxPoints},
	 * rounded to whole {@code points}.
	 */
	public record ScorePart(Criterion criterion, int points, int maxPoints, double fraction) {
	}

}
