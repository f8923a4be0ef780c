package org.gonghui.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded choices; every draw goes through the one generator so a seed fixes the output.
 */
final class Pick {

	private Pick() {
	}

	static <T> T one(SplittableRandom random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	static int weighted(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		throw new IllegalStateException("weights must be positive");
	}

	static boolean percent(SplittableRandom random, int percent) {
		return random.nextInt(100) < percent;
	}

	static LocalDate date(SplittableRandom random, LocalDate from, LocalDate toInclusive) {
		return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), toInclusive.toEpochDay() + 1));
	}

	/** Inverse of the Pareto distribution function, restricted to {@code [min, max]}. */
	static int truncatedPareto(SplittableRandom random, int min, int max, double tail) {
		double cut = 1 - Math.pow((double) min / max, tail);
		double value = min / Math.pow(1 - random.nextDouble() * cut, 1 / tail);
		return Math.min(max, (int) Math.floor(value));
	}

}
