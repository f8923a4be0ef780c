package org.gonghui.gig;

import org.jspecify.annotations.Nullable;

/**
 * A post's pay in fen per {@link PayUnit}. Piece rates also carry the employer's estimate
 * of what a worker earns per hour at a normal pace, which is what the minimum-wage rule
 * checks.
 */
public record PayRate(PayUnit unit, long amountFen, @Nullable Long estimatedHourlyFen) {

	public PayRate {
		if (amountFen <= 0) {
			throw new IllegalArgumentException("pay must be positive: " + amountFen);
		}
		if (estimatedHourlyFen != null && estimatedHourlyFen <= 0) {
			throw new IllegalArgumentException("estimated hourly pay must be positive: " + estimatedHourlyFen);
		}
	}

	public static PayRate perHour(long fen) {
		return new PayRate(PayUnit.HOUR, fen, null);
	}

	public static PayRate perDay(long fen) {
		return new PayRate(PayUnit.DAY, fen, null);
	}

	public static PayRate perPiece(long fen, @Nullable Long estimatedHourlyFen) {
		return new PayRate(PayUnit.PIECE, fen, estimatedHourlyFen);
	}

}
