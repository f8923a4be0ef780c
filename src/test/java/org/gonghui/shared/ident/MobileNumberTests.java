package org.gonghui.shared.ident;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MobileNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			13812345678        | 13812345678
			+86 138 1234 5678  | 13812345678
			+8613812345678     | 13812345678
			0086 138-1234-5678 | 13812345678
			' 13812345678 '    | 13812345678
			19912345678        | 19912345678
			15012345678        | 15012345678
			""")
	void normalisesCnMobilesToElevenDigits(String raw, String expected) {
		assertThat(MobileNumber.normalise(raw)).contains(expected);
		assertThat(MobileNumber.isValid(raw)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "010-12345678", "021 6234 5678", "+86 10 1234 5678" })
	void refusesLandlines_010_12345678(String raw) {
		assertThat(MobileNumber.normalise(raw)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678901", "1381234567", "138123456789", "10086", "abcdefghijk" })
	void refusesUnallocatedOrMalformedNumbers_12345678901(String raw) {
		assertThat(MobileNumber.normalise(raw)).isEmpty();
		assertThat(MobileNumber.isValid(raw)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+1 650 253 0000", "+852 9123 4567", "+44 7911 123456", "+886 912 345 678" })
	void refusesForeignNumbers_evenMobiles(String raw) {
		assertThat(MobileNumber.normalise(raw)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void refusesBlank(String raw) {
		assertThat(MobileNumber.normalise(raw)).isEmpty();
	}

	@Test
	void refusesNull() {
		assertThat(MobileNumber.normalise(null)).isEmpty();
	}

	@Test
	void elevenDigitsAreJudgedAsTheFullParserJudgesThem_everyPrefixFrom100To199() {
		java.util.Random random = new java.util.Random(11);
		for (int prefix = 1000; prefix <= 1999; prefix++) {
			for (int i = 0; i < 20; i++) {
				String number = prefix + String.format("%07d", random.nextInt(10_000_000));
				assertThat(MobileNumber.normalise(number)).as(number)
					.isEqualTo(MobileNumber.normaliseByParsing(number));
			}
		}
	}

	@Test
	void masksTheMiddleFour_138StarsThen5678() {
		assertThat(MobileNumber.mask("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void leavesOtherLengthsUnmasked() {
		assertThat(MobileNumber.mask("1381234567")).isEqualTo("1381234567");
	}

}
