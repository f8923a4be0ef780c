package org.gonghui.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import org.gonghui.shared.web.GonghuiException;

/**
 * An exact amount of renminbi in fen (1 yuan = 100 fen). Arithmetic overflows throw
 * rather than wrap; multiplying by a ratio rounds HALF_UP to the fen, the rounding
 * Chinese finance uses for 四舍五入.
 *
 * @param fen the amount in fen, may be negative (e.g. a difference)
 */
public record Money(long fen) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	// Plain digits or correctly grouped digits, at most two decimals; an optional ¥/￥
	// sign.
	private static final Pattern YUAN = Pattern.compile("(-)?[¥￥]?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

	// 10^15 yuan keeps every amount and sum well inside a long of fen
	private static final int MAX_YUAN_DIGITS = 15;

	public static Money ofFen(long fen) {
		return new Money(fen);
	}

	public static Money ofYuan(long yuan) {
		return new Money(Math.multiplyExact(yuan, 100L));
	}

	/**
	 * A non-negative amount from yuan text as staff type it: {@code 1234},
	 * {@code 1234.5}, {@code 1234.56}, {@code 1,234.56}, {@code ¥1,234.56}.
	 * @throws GonghuiException with key {@code money.required}, {@code money.format},
	 * {@code money.too-many-decimals}, {@code money.too-large} or {@code money.negative}
	 */
	public static Money parse(String yuan) {
		Money money = parseSigned(yuan);
		if (money.isNegative()) {
			throw GonghuiException.invalid("money.negative", yuan);
		}
		return money;
	}

	/** Like {@link #parse(String)} but accepts a leading minus sign. */
	public static Money parseSigned(String yuan) {
		if (yuan == null || yuan.isBlank()) {
			throw GonghuiException.invalid("money.required");
		}
		var matcher = YUAN.matcher(yuan.strip());
		if (!matcher.matches()) {
			throw GonghuiException.invalid("money.format", yuan);
		}
		String decimals = matcher.group(3) == null ? "" : matcher.group(3);
		if (decimals.length() > 2) {
			throw GonghuiException.invalid("money.too-many-decimals", yuan);
		}
		String digits = matcher.group(2).replace(",", "");
		String significant = digits.replaceFirst("^0+(?=\\d)", "");
		if (significant.length() > MAX_YUAN_DIGITS) {
			throw GonghuiException.invalid("money.too-large", yuan);
		}
		long fen = Long.parseLong(significant) * 100 + Long.parseLong((decimals + "00").substring(0, 2));
		return new Money(matcher.group(1) != null ? -fen : fen);
	}

	public static Money ofYuan(BigDecimal yuan) {
		if (yuan.stripTrailingZeros().scale() > 2) {
			throw GonghuiException.invalid("money.too-many-decimals", yuan.toPlainString());
		}
		return new Money(yuan.movePointRight(2).longValueExact());
	}

	public BigDecimal toYuan() {
		return BigDecimal.valueOf(this.fen, 2);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(this.fen, other.fen));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(this.fen, other.fen));
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(this.fen, factor));
	}

	/**
	 * This amount times {@code ratio}, rounded HALF_UP to the fen (0.5 fen rounds away
	 * from zero).
	 */
	public Money times(BigDecimal ratio) {
		return new Money(
				BigDecimal.valueOf(this.fen).multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValueExact());
	}

	public Money times(Ratio ratio) {
		return times(ratio.toBigDecimal());
	}

	/** This amount times {@code basisPoints}/10,000, rounded HALF_UP to the fen. */
	public Money timesBasisPoints(long basisPoints) {
		return times(BigDecimal.valueOf(basisPoints, 4));
	}

	public Money negate() {
		return new Money(Math.negateExact(this.fen));
	}

	public Money min(Money other) {
		return this.fen <= other.fen ? this : other;
	}

	public Money max(Money other) {
		return this.fen >= other.fen ? this : other;
	}

	/**
	 * Zero if this amount is negative: what remains of a cap or a budget cannot be below
	 * nothing.
	 */
	public Money atLeastZero() {
		return max(ZERO);
	}

	public boolean isZero() {
		return this.fen == 0;
	}

	public boolean isNegative() {
		return this.fen < 0;
	}

	public boolean isPositive() {
		return this.fen > 0;
	}

	public boolean isGreaterThan(Money other) {
		return this.fen > other.fen;
	}

	public boolean isLessThan(Money other) {
		return this.fen < other.fen;
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(this.fen, other.fen);
	}

	/** Grouped yuan with two decimals: {@code 1,234.56}, {@code -0.05}. */
	public String format() {
		return (this.fen < 0 ? "-" : "") + unsigned();
	}

	/** With the yuan sign: {@code ¥1,234.56}, {@code -¥0.05}. */
	public String formatWithSymbol() {
		return (this.fen < 0 ? "-¥" : "¥") + unsigned();
	}

	private String unsigned() {
		// Long.MIN_VALUE has no positive counterpart: go through BigDecimal
		BigDecimal yuan = toYuan().abs();
		String whole = yuan.toBigInteger().toString();
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(whole.charAt(i));
		}
		String cents = yuan.toPlainString();
		return grouped + cents.substring(cents.indexOf('.'));
	}

	@Override
	public String toString() {
		return formatWithSymbol();
	}

}
