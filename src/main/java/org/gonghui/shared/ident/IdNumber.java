package org.gonghui.shared.ident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A resident ID number (公民身份号码) per GB 11643-1999: six-digit address code, eight-digit
 * birth date, three-digit sequence (odd for men) and a check character.
 */
public final class IdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	// GB 11643-1999 §8.2: ISO 7064 MOD 11-2, S mod 11 = 0…10 maps to this character
	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private final String value;

	private IdNumber(String value) {
		this.value = value;
	}

	/** The number in canonical form (upper-case X), or why it is not valid. */
	public static Result parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return Result.invalid("id-number.required");
		}
		String value = raw.strip().toUpperCase();
		if (!wellFormed(value)) {
			return Result.invalid("id-number.format");
		}
		Optional<LocalDate> birthDate = birthDateOf(value);
		if (birthDate.isEmpty() || birthDate.get().isAfter(LocalDate.now())) {
			return Result.invalid("id-number.birth-date");
		}
		if (value.charAt(17) != checkCharacter(value)) {
			return Result.invalid("id-number.check-digit");
		}
		return new Result(new IdNumber(value), null);
	}

	public static IdNumber of(String raw) {
		Result result = parse(raw);
		IdNumber id = result.idNumber();
		if (id == null) {
			throw new IllegalArgumentException("Invalid ID number: " + result.errorKey());
		}
		return id;
	}

	// \\d{17}[0-9X] without a regular expression: imports check a million of these
	private static boolean wellFormed(String value) {
		if (value.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		char last = value.charAt(17);
		return (last >= '0' && last <= '9') || last == 'X';
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	private static Optional<LocalDate> birthDateOf(String value) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	public String value() {
		return this.value;
	}

	public LocalDate birthDate() {
		return birthDateOf(this.value).orElseThrow();
	}

	public Gender gender() {
		return (this.value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	public String regionCode() {
		return this.value.substring(0, 6);
	}

	/** First 3 and last 4 characters shown, as screens and the API show it. */
	public String masked() {
		return mask(this.value);
	}

	public static String mask(String value) {
		if (value.length() < 8) {
			return "*".repeat(value.length());
		}
		return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof IdNumber id && id.value.equals(this.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}

	public enum Gender {

		MALE, FEMALE

	}

	/** Either a valid number or the message key of the reason it is not. */
	public record Result(@Nullable IdNumber idNumber, @Nullable String errorKey) {

		static Result invalid(String key) {
			return new Result(null, key);
		}

		public boolean valid() {
			return this.idNumber != null;
		}

	}

}
