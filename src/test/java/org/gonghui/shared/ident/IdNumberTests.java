package org.gonghui.shared.ident;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.gonghui.shared.ident.IdNumber.Gender;
import org.gonghui.shared.ident.IdNumber.Result;
import org.gonghui.shared.region.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdNumberTests {

	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	// GB 11643-1999's own worked examples
	@Test
	void acceptsTheStandardsExample_11010519491231002X() {
		Result result = IdNumber.parse("11010519491231002X");

		assertThat(result.valid()).isTrue();
		assertThat(result.errorKey()).isNull();
		assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
	}

	@Test
	void acceptsTheStandardsExampleBornIn1880_440524188001010014() {
		IdNumber id = IdNumber.of("440524188001010014");

		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
		assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
	}

	@Test
	void acceptsLowerCaseXAndStoresUpperCase_11010519491231002x() {
		IdNumber id = IdNumber.of("11010519491231002x");

		assertThat(id.value()).isEqualTo("11010519491231002X");
		assertThat(id).isEqualTo(IdNumber.of("11010519491231002X"));
	}

	@Test
	void stripsSurroundingSpaces() {
		assertThat(IdNumber.of("  11010519491231002X ").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void refusesWrongCheckDigit_110105194912310021() {
		Result result = IdNumber.parse("110105194912310021");

		assertThat(result.valid()).isFalse();
		assertThat(result.idNumber()).isNull();
		assertThat(result.errorKey()).isEqualTo("id-number.check-digit");
	}

	@Test
	void refusesImpossibleBirthDate_19490230() {
		String body = "11010519490230002";
		// a correct check character, so only the date can be the reason
		Result result = IdNumber.parse(body + IdNumber.checkCharacter(body));

		assertThat(result.errorKey()).isEqualTo("id-number.birth-date");
	}

	@Test
	void refusesMonthThirteen_19491301() {
		String body = "11010519491301002";

		assertThat(IdNumber.parse(body + IdNumber.checkCharacter(body)).errorKey()).isEqualTo("id-number.birth-date");
	}

	@Test
	void refusesBirthDateInTheFuture_tomorrow() {
		String body = "110105" + LocalDate.now().plusDays(1).format(BASIC) + "002";

		assertThat(IdNumber.parse(body + IdNumber.checkCharacter(body)).errorKey()).isEqualTo("id-number.birth-date");
	}

	@Test
	void acceptsBirthDateToday() {
		String body = "110105" + LocalDate.now().format(BASIC) + "002";

		assertThat(IdNumber.parse(body + IdNumber.checkCharacter(body)).valid()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002", "11010519491231002X1", "1101051949123100XX", "11010519491231002Y",
			"X1010519491231002X", "110105 19491231002X", "１１０１０５１９４９１２３１００２Ｘ", "110105194912310" })
	void refusesWrongLengthOrCharacters(String raw) {
		assertThat(IdNumber.parse(raw).errorKey()).isEqualTo("id-number.format");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void refusesBlank(String raw) {
		assertThat(IdNumber.parse(raw).errorKey()).isEqualTo("id-number.required");
	}

	@Test
	void refusesNull() {
		assertThat(IdNumber.parse(null).errorKey()).isEqualTo("id-number.required");
	}

	@Test
	void ofThrowsWithTheReason_wrongCheckDigit() {
		assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.of("110105194912310021"))
			.withMessageContaining("id-number.check-digit");
	}

	@Test
	void seventeenthDigitOddIsMale_440524188001010014HasSequence001() {
		assertThat(IdNumber.of("440524188001010014").gender()).isEqualTo(Gender.MALE);
	}

	@Test
	void seventeenthDigitEvenIsFemale_11010519491231002XHasSequence002() {
		assertThat(IdNumber.of("11010519491231002X").gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void derivesBirthDateAndRegionCode_19491231InXicheng() {
		IdNumber id = IdNumber.of("11010519491231002X");

		assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(id.regionCode()).isEqualTo("110105");
	}

	@Test
	void masksAllButFirstThreeAndLastFour_110StarsThen002X() {
		IdNumber id = IdNumber.of("11010519491231002X");

		assertThat(id.masked()).isEqualTo("110***********002X");
		assertThat(id.toString()).isEqualTo("110***********002X");
		assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("110***********002X");
	}

	@Test
	void masksShortValuesEntirely_1234567() {
		assertThat(IdNumber.mask("1234567")).isEqualTo("*******");
	}

	@Test
	void acceptsAddressCodeNoLongerListed_440524Chaoyang() {
		// 潮阳县 440524 was abolished; old codes stay on people's cards (GB 11643-1999 keeps
		// them)
		assertThat(new Regions().find("440524")).isEmpty();

		assertThat(IdNumber.parse("440524188001010014").valid()).isTrue();
	}

	@Test
	void acceptsAddressCodeThatNeverExisted_999999() {
		String body = "99999919800101001";

		assertThat(IdNumber.parse(body + IdNumber.checkCharacter(body)).valid()).isTrue();
	}

	// ISO 7064 MOD 11-2: every weight is non-zero mod 11 and 11 is prime, so any single
	// changed
	// digit changes S mod 11 and thus the check character
	@Property(tries = 300)
	void bodyWithItsCheckCharacterIsValid_andAnySingleChangedCharacterIsNot(@ForAll("bodies") String body,
			@ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 10) int shift) {
		String number = body + IdNumber.checkCharacter(body);
		assertThat(IdNumber.parse(number).valid()).as(number).isTrue();

		String changed = replace(number, position, shift);

		assertThat(changed).isNotEqualTo(number);
		assertThat(IdNumber.parse(changed).valid()).as(changed).isFalse();
	}

	@Provide
	Arbitrary<String> bodies() {
		Arbitrary<String> address = Arbitraries.strings().numeric().ofLength(6);
		LocalDate earliest = LocalDate.of(1880, 1, 1);
		Arbitrary<LocalDate> birth = Arbitraries.longs()
			.between(0, ChronoUnit.DAYS.between(earliest, LocalDate.now()))
			.map(earliest::plusDays);
		Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
		return Combinators.combine(address, birth, sequence).as((a, b, s) -> a + b.format(BASIC) + s);
	}

	/**
	 * Moves the character at {@code position} 1…n−1 steps around 0…9 (and X for the
	 * last).
	 */
	private static String replace(String number, int position, int shift) {
		String alphabet = (position == 17) ? "0123456789X" : "0123456789";
		int from = alphabet.indexOf(number.charAt(position));
		int step = 1 + (shift - 1) % (alphabet.length() - 1);
		char to = alphabet.charAt((from + step) % alphabet.length());
		return number.substring(0, position) + to + number.substring(position + 1);
	}

}
