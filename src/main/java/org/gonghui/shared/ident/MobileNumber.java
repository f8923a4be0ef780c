package org.gonghui.shared.ident;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Mainland China mobile numbers, checked against libphonenumber's allocation tables. */
public final class MobileNumber {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private MobileNumber() {
	}

	/**
	 * The eleven-digit national number, or empty if {@code raw} is not a CN mobile
	 * number.
	 */
	public static Optional<String> normalise(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String plain = raw.strip();
		if (isElevenDigits(plain)) {
			// as clerks' rosters hold them: skip the parser's search for prefixes and
			// punctuation, which costs more than the check against the allocation tables
			PhoneNumber number = new PhoneNumber().setCountryCode(86).setNationalNumber(Long.parseLong(plain));
			if (PHONES.getNumberType(number) == PhoneNumberType.MOBILE) {
				return Optional.of(plain);
			}
		}
		return normaliseByParsing(plain);
	}

	static Optional<String> normaliseByParsing(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = PHONES.parse(raw.strip(), "CN");
			if (number.getCountryCode() != 86 || !PHONES.isValidNumber(number)
					|| PHONES.getNumberType(number) != PhoneNumberType.MOBILE) {
				return Optional.empty();
			}
			return Optional.of(String.valueOf(number.getNationalNumber()));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	private static boolean isElevenDigits(String text) {
		if (text.length() != 11 || text.charAt(0) != '1') {
			return false;
		}
		for (int i = 1; i < 11; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	public static boolean isValid(String raw) {
		return normalise(raw).isPresent();
	}

	/** 138****5678. */
	public static String mask(String number) {
		return number.length() == 11 ? number.substring(0, 3) + "****" + number.substring(7) : number;
	}

}
