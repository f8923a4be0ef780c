package org.gonghui.competition;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a certificate and checked on the public page. Twelve characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), so it can be read aloud or typed
 * from paper: 31^12 ≈ 2^59 codes, drawn with {@link SecureRandom}, so codes cannot be
 * guessed or enumerated.
 */
public record VerificationCode(String value) {

	public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	public static final int LENGTH = 12;

	public VerificationCode {
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("not a verification code");
		}
	}

	public static VerificationCode generate(SecureRandom random) {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
		}
		return new VerificationCode(new String(code));
	}

	/** Reads what someone typed: case, spaces and hyphens do not matter. */
	public static Optional<VerificationCode> parse(String typed) {
		String cleaned = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return isWellFormed(cleaned) ? Optional.of(new VerificationCode(cleaned)) : Optional.empty();
	}

	private static boolean isWellFormed(String value) {
		return value.length() == LENGTH && value.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
	}

	/** In groups of four for print: {@code ABCD-EFGH-JKMN}. */
	public String grouped() {
		return this.value.substring(0, 4) + "-" + this.value.substring(4, 8) + "-" + this.value.substring(8);
	}

}
