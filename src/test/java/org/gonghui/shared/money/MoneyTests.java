package org.gonghui.shared.money;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1234.56    | 123456
			1234.5     | 123450
			1234       | 123400
			0.05       | 5
			0          | 0
			007.10     | 710
			1,234.56   | 123456
			¥1,234.56  | 123456
			￥12       | 1200
			'  88.8  ' | 8880
			""")
	void parsesYuanTextToExactFen(String text, long fen) {
		assertThat(Money.parse(text).fen()).isEqualTo(fen);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1234.567  | money.too-many-decimals
			0.001     | money.too-many-decimals
			-5        | money.negative
			-0.01     | money.negative
			abc       | money.format
			12a       | money.format
			1.2.3     | money.format
			1,23.00   | money.format
			12,34     | money.format
			.5        | money.format
			1e3       | money.format
			'1 000'   | money.format
			1234567890123456 | money.too-large
			""")
	void refusesBadYuanTextWithMessageKey(String text, String key) {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(() -> Money.parse(text))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	@Test
	void refusesBlankTextAsRequired() {
		assertThatThrownBy(() -> Money.parse("  ")).hasMessage("money.required");
	}

	@Test
	void parsesNegativeAmountsOnlyWhenAsked_minus12_5() {
		assertThat(Money.parseSigned("-12.5")).isEqualTo(Money.ofFen(-1250));
		assertThat(Money.parseSigned("-¥1,000")).isEqualTo(Money.ofYuan(-1000));
	}

	@Test
	void acceptsFifteenYuanDigitsButNotSixteen() {
		assertThat(Money.parse("999999999999999.99").fen()).isEqualTo(99_999_999_999_999_999L);
		assertThat(Money.parse("000000000000000001").fen()).isEqualTo(100);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			123456   | 1,234.56     | ¥1,234.56
			5        | 0.05         | ¥0.05
			0        | 0.00         | ¥0.00
			100      | 1.00         | ¥1.00
			100000000| 1,000,000.00 | ¥1,000,000.00
			-123456  | -1,234.56    | -¥1,234.56
			""")
	void formatsGroupedWithTwoDecimals(long fen, String plain, String withSymbol) {
		assertThat(Money.ofFen(fen).format()).isEqualTo(plain);
		assertThat(Money.ofFen(fen).formatWithSymbol()).isEqualTo(withSymbol);
		assertThat(Money.ofFen(fen)).hasToString(withSymbol);
	}

	@Test
	void formatsTheExtremesWithoutOverflow() {
		assertThat(Money.ofFen(Long.MIN_VALUE).format()).isEqualTo("-92,233,720,368,547,758.08");
		assertThat(Money.ofFen(Long.MAX_VALUE).format()).isEqualTo("92,233,720,368,547,758.07");
	}

	@Test
	void addsAndSubtractsExactly_0_1Plus0_2Is0_3() {
		assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.3"));
		assertThat(Money.ofYuan(5).minus(Money.ofYuan(8))).isEqualTo(Money.ofYuan(-3));
	}

	@Test
	void refusesToOverflowInsteadOfWrapping() {
		assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)))
			.isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void multipliesByRatioRoundingHalfUpToTheFen_0_05Times50PercentIs0_03() {
		assertThat(Money.ofFen(5).times(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(3));
		assertThat(Money.ofFen(-5).times(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(-3));
		assertThat(Money.ofFen(4).times(new BigDecimal("0.5"))).isEqualTo(Money.ofFen(2));
		assertThat(Money.ofFen(101).times(new BigDecimal("0.333"))).isEqualTo(Money.ofFen(34));
	}

	@Test
	void multipliesByBasisPoints_11500Yuan60PercentIs6900() {
		assertThat(Money.ofYuan(11_500).timesBasisPoints(6000)).isEqualTo(Money.ofYuan(6_900));
		assertThat(Money.ofYuan(11_500).times(Ratio.percent(60))).isEqualTo(Money.ofYuan(6_900));
	}

	@Test
	void comparesMinMaxAndSigns() {
		Money a = Money.ofYuan(1);
		Money b = Money.ofFen(99);
		assertThat(a.min(b)).isEqualTo(b);
		assertThat(a.max(b)).isEqualTo(a);
		assertThat(a).isGreaterThan(b);
		assertThat(a.isGreaterThan(b)).isTrue();
		assertThat(b.isLessThan(a)).isTrue();
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(Money.ofFen(-1).isNegative()).isTrue();
		assertThat(Money.ofFen(-1).atLeastZero()).isEqualTo(Money.ZERO);
		assertThat(Money.ofFen(1).isPositive()).isTrue();
	}

	@Test
	void convertsToAndFromBigDecimalYuan() {
		assertThat(Money.ofFen(123456).toYuan()).isEqualByComparingTo("1234.56");
		assertThat(Money.ofYuan(new BigDecimal("12.50"))).isEqualTo(Money.ofFen(1250));
		assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("12.505"))).hasMessage("money.too-many-decimals");
	}

	@Property
	void formatThenParseGivesTheSameAmount(@ForAll @LongRange(min = 0, max = 99_999_999_999_999_999L) long fen) {
		Money money = Money.ofFen(fen);
		assertThat(Money.parse(money.format())).isEqualTo(money);
		assertThat(Money.parse(money.formatWithSymbol())).isEqualTo(money);
	}

	@Property
	void signedFormatThenParseGivesTheSameAmount(@ForAll @LongRange(min = -99_999_999_999_999_999L, max = 0) long fen) {
		assertThat(Money.parseSigned(Money.ofFen(fen).format())).isEqualTo(Money.ofFen(fen));
	}

	@Property
	void ratioProductIsWithinHalfAFenOfTheExactProduct(
			@ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long fen,
			@ForAll @IntRange(min = 0, max = 30_000) int basisPoints) {
		BigDecimal exact = BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(basisPoints, 4));
		BigDecimal rounded = BigDecimal.valueOf(Money.ofFen(fen).timesBasisPoints(basisPoints).fen());
		assertThat(rounded.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.5"));
	}

}
