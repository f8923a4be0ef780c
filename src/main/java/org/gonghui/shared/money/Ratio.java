package org.gonghui.shared.money;

import java.math.BigDecimal;

import org.gonghui.shared.web.GonghuiException;

/**
 * A non-negative ratio in basis points (1/10,000): 6000 is 60 %, 15000 is 1.5×. Exact, so
 * that a payout ratio or a threshold multiple is stored and compared without floating
 * point.
 */
public record Ratio(int basisPoints) implements Comparable<Ratio> {

	public static final Ratio ZERO = new Ratio(0);

	public static final Ratio ONE = new Ratio(10_000);

	public Ratio {
		if (basisPoints < 0) {
			throw GonghuiException.invalid("ratio.negative");
		}
	}

	public static Ratio percent(int percent) {
		return new Ratio(Math.multiplyExact(percent, 100));
	}

	/**
	 * From a decimal such as {@code 0.6} or {@code 1.5}; more than four decimals is
	 * refused.
	 */
	public static Ratio of(BigDecimal ratio) {
		BigDecimal bp = ratio.movePointRight(4).stripTrailingZeros();
		if (bp.scale() > 0) {
			throw GonghuiException.invalid("ratio.too-precise", ratio.toPlainString());
		}
		return new Ratio(bp.intValueExact());
	}

	public static Ratio of(String ratio) {
		return of(new BigDecimal(ratio));
	}

	public BigDecimal toBigDecimal() {
		return BigDecimal.valueOf(this.basisPoints, 4);
	}

	/**
	 * The product of two ratios, e.g. a payout ratio reduced during the waiting period.
	 */
	public Ratio times(Ratio other) {
		return of(toBigDecimal().multiply(other.toBigDecimal()).setScale(4, java.math.RoundingMode.HALF_UP));
	}

	public boolean isAtMostOne() {
		return this.basisPoints <= 10_000;
	}

	@Override
	public int compareTo(Ratio other) {
		return Integer.compare(this.basisPoints, other.basisPoints);
	}

	/** As a person reads it: {@code 60%}, {@code 12.5%}. */
	public String formatPercent() {
		return BigDecimal.valueOf(this.basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
	}

	/** As a multiple: {@code 1.5×}. */
	public String formatMultiple() {
		return toBigDecimal().stripTrailingZeros().toPlainString() + "×";
	}

	@Override
	public String toString() {
		return formatPercent();
	}

}
