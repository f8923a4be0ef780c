package org.gonghui.gig;

/**
 * A worker's past ratings from employers: how many, and the sum of their stars (1 to 5
 * each).
 */
public record RatingSummary(int count, long totalStars) {

	public static final RatingSummary NONE = new RatingSummary(0, 0);

	public RatingSummary {
		if (count < 0 || totalStars < count || totalStars > 5L * count) {
			throw new IllegalArgumentException("impossible ratings: " + count + " totalling " + totalStars);
		}
	}

}
