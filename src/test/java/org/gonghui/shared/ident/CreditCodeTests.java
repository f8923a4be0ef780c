package org.gonghui.shared.ident;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTests {

	// GB 32100-2015's worked example, as quoted in RULES.md
	@Test
	void acceptsTheWorkedExample_91350100M000100Y43() {
		assertThat(CreditCode.validate("91350100M000100Y43")).isNull();
		assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

	@Test
	void refusesExcludedLetterAsCheckCharacter_91350100M000100Y4Z() {
		assertThat(CreditCode.validate("91350100M000100Y4Z")).isEqualTo("credit-code.character");
	}

	@Test
	void refusesWrongCheckCharacter_91350100M000100Y44() {
		assertThat(CreditCode.validate("91350100M000100Y44")).isEqualTo("credit-code.check-digit");
		assertThat(CreditCode.isValid("91350100M000100Y44")).isFalse();
	}

	// the alphabet leaves out I O Z S V so they cannot be mistaken for 1 0 2 5 U
	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V', 'i', 'o', 'z', 's', 'v' })
	void refusesExcludedLetters_IOZSV(char letter) {
		String code = "91350100" + letter + "000100Y43";

		assertThat(CreditCode.validate(code)).isEqualTo("credit-code.character");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4-", "91350100M00010 Y43", "91350100M000100Y4３" })
	void refusesCharactersOutsideTheAlphabet(String code) {
		assertThat(CreditCode.validate(code)).isEqualTo("credit-code.character");
	}

	@Test
	void normalisesLowerCaseAndSpaces_91350100m000100y43() {
		assertThat(CreditCode.validate(" 91350100m000100y43 ")).isNull();
		assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "9135" })
	void refusesWrongLength_17And19Characters(String code) {
		assertThat(CreditCode.validate(code)).isEqualTo("credit-code.length");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  " })
	void refusesBlank(String code) {
		assertThat(CreditCode.validate(code)).isEqualTo("credit-code.required");
	}

	@Test
	void refusesNull() {
		assertThat(CreditCode.validate(null)).isEqualTo("credit-code.required");
	}

	@Test
	void mapsCheckValue31ToZero() {
		// Σ mod 31 = 0 gives 31 − 0 = 31, which the standard writes as 0
		assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
		assertThat(CreditCode.isValid("000000000000000000")).isTrue();
	}

	@Property(tries = 300)
	void bodyWithItsCheckCharacterIsValid(@ForAll("bodies") String body) {
		assertThat(CreditCode.validate(body + CreditCode.checkCharacter(body))).isNull();
	}

	// The weights are 3^i mod 31, all non-zero, and 31 is prime: a changed character at
	// position i
	// shifts Σ by w_i × (new − old), never a multiple of 31, so every substitution within
	// the
	// alphabet is caught. A change to the check character itself is caught by comparison.
	@Property(tries = 500)
	void anySingleSubstitutionWithinTheAlphabetIsDetected(@ForAll("bodies") String body,
			@ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 30) int shift) {
		String code = body + CreditCode.checkCharacter(body);
		int from = CreditCode.ALPHABET.indexOf(code.charAt(position));
		char to = CreditCode.ALPHABET.charAt((from + shift) % 31);
		String changed = code.substring(0, position) + to + code.substring(position + 1);

		assertThat(CreditCode.validate(changed)).as(changed).isEqualTo("credit-code.check-digit");
	}

	// Swapping neighbours a, b at i, i+1 shifts Σ by (a − b)(w_i − w_{i+1}) = −2·w_i·(a −
	// b), again
	// never a multiple of 31 when a ≠ b (within the first 17 characters, which the
	// weights cover)
	@Property(tries = 500)
	void anyAdjacentTranspositionInTheFirst17IsDetected(@ForAll("bodies") String body,
			@ForAll @IntRange(min = 0, max = 15) int position) {
		String code = body + CreditCode.checkCharacter(body);
		char a = code.charAt(position);
		char b = code.charAt(position + 1);
		Assume.that(a != b);
		String swapped = code.substring(0, position) + b + a + code.substring(position + 2);

		assertThat(CreditCode.validate(swapped)).as(swapped).isEqualTo("credit-code.check-digit");
	}

	@Provide
	Arbitrary<String> bodies() {
		return Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(17);
	}

}
