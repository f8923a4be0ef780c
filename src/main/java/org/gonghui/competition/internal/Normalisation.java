package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Normalises component results to 0..100. Every score is rounded once, to {@link #SCALE}
 * decimals with {@link RoundingMode#HALF_UP} (四舍五入, what contest sheets use), from an
 * exact quotient, so that the figures shown are the figures ranked and anyone recomputing
 * by hand gets the same.
 */
public final class Normalisation {

	public static final int SCALE = 2;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Normalisation() {
	}

	/** {@code numerator × 100 / denominator}, rounded; 0 when the denominator is 0. */
	public static BigDecimal percentOf(BigDecimal numerator, BigDecimal denominator) {
		if (denominator.signum() == 0) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		return numerator.multiply(HUNDRED).divide(denominator, SCALE, ROUNDING);
	}

	/**
	 * The judges' component: with at least {@code trimFrom} totals (and
	 * {@code trimFrom > 0}) the single highest and single lowest are dropped (common
	 * practice, not a mandate: RULES.md "Skill contests"); the rest are averaged against
	 * the sheet maximum in one division, so no intermediate rounding.
	 */
	public static BigDecimal judges(List<BigDecimal> totals, int trimFrom, int sheetMax) {
		List<BigDecimal> kept = keptTotals(totals, trimFrom);
		if (kept.isEmpty()) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return percentOf(sum, BigDecimal.valueOf((long) kept.size() * sheetMax));
	}

	public static List<BigDecimal> keptTotals(List<BigDecimal> totals, int trimFrom) {
		List<BigDecimal> sorted = new ArrayList<>(totals);
		sorted.sort(Comparator.naturalOrder());
		if (trimFrom > 0 && sorted.size() >= trimFrom) {
			return List.copyOf(sorted.subList(1, sorted.size() - 1));
		}
		return List.copyOf(sorted);
	}

	/** {@code Σ weight% × component / 100}, rounded once. */
	public static BigDecimal weighted(List<Integer> weightPercents, List<BigDecimal> components) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < components.size(); i++) {
			sum = sum.add(components.get(i).multiply(BigDecimal.valueOf(weightPercents.get(i))));
		}
		return sum.divide(HUNDRED, SCALE, ROUNDING);
	}

}
