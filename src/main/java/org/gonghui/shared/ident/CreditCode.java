package org.gonghui.shared.ident;

import org.jspecify.annotations.Nullable;

/**
 * The Unified Social Credit Code (统一社会信用代码) per GB 32100-2015: 18 characters from an
 * alphabet without I, O, Z, S, V, the last a MOD 31 check character.
 */
public final class CreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/**
	 * The message key of why {@code raw} is not a valid code, or {@code null} if it is.
	 */
	public static @Nullable String validate(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return "credit-code.required";
		}
		String code = normalise(raw);
		if (code.length() != 18) {
			return "credit-code.length";
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return "credit-code.character";
			}
		}
		if (code.charAt(17) != checkCharacter(code)) {
			return "credit-code.check-digit";
		}
		return null;
	}

	public static boolean isValid(String raw) {
		return validate(raw) == null;
	}

	public static String normalise(String raw) {
		return raw.strip().toUpperCase();
	}

	/** The check character for the first 17 characters: 31 − (Σ mod 31), 31 → 0. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

}
