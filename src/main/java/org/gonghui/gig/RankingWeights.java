package org.gonghui.gig;

/**
 * Points each criterion can contribute; they add up to 100. The distance and rating
 * settings shape the curves: full distance points within {@code fullPointsKm}, none
 * beyond {@code zeroPointsKm}; ratings are shrunk towards {@code priorStars} as if the
 * worker had {@code priorRatings} ratings of that value already, so one five-star review
 * does not outrank fifty 4.8s.
 */
public record RankingWeights(int trade, int skill, int distance, int availability, int rating, double fullPointsKm,
		double zeroPointsKm, double priorStars, int priorRatings) {

	public static final RankingWeights DEFAULT = new RankingWeights(30, 20, 20, 20, 10, 2, 30, 4.0, 5);

	public RankingWeights {
		if (trade < 0 || skill < 0 || distance < 0 || availability < 0 || rating < 0
				|| trade + skill + distance + availability + rating != 100) {
			throw new IllegalArgumentException("weights must be non-negative and add up to 100");
		}
		if (!(fullPointsKm >= 0 && zeroPointsKm > fullPointsKm)) {
			throw new IllegalArgumentException("distance curve needs 0 <= fullPointsKm < zeroPointsKm");
		}
		if (!(priorStars >= 1 && priorStars <= 5) || priorRatings < 0) {
			throw new IllegalArgumentException("prior must be 1 to 5 stars over a non-negative count");
		}
	}

	int pointsFor(Criterion criterion) {
		return switch (criterion) {
			case TRADE -> this.trade;
			case SKILL -> this.skill;
			case DISTANCE -> this.distance;
			case AVAILABILITY -> this.availability;
			case RATING -> this.rating;
		};
	}

	/** The parts of a candidate's score, in the order they are shown. */
	public enum Criterion {

		TRADE, SKILL, DISTANCE, AVAILABILITY, RATING

	}

}
