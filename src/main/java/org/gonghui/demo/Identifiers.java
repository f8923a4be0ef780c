package org.gonghui.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.gonghui.shared.ident.CreditCode;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;

/**
 * Valid, fictional and unique identifiers: each kind is drawn until it is new and valid.
 */
final class Identifiers {

	// GB 32100-2015: the code's alphabet leaves out I, O, Z, S and V
	private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	// GB 11714-1997: weights of the organisation code's eight body characters
	private static final int[] ORGANISATION_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138",
			"139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
			"180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199");

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int ATTEMPTS = 10_000;

	private final Set<String> creditCodes = new HashSet<>();

	private final Set<String> idNumbers = new HashSet<>();

	private final Set<String> mobiles = new HashSet<>();

	/**
	 * Registering department and type, the six-digit region code, a nine-character
	 * organisation code whose own GB 11714 check character is right, and the GB 32100
	 * check character.
	 */
	String creditCode(SplittableRandom random, String kindPrefix, String regionCode) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			StringBuilder code = new StringBuilder(kindPrefix).append(regionCode);
			StringBuilder body = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				body.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
			}
			code.append(body).append(organisationCodeCheck(body));
			code.append(CreditCode.checkCharacter(code.toString()));
			if (this.creditCodes.add(code.toString())) {
				return code.toString();
			}
		}
		throw new IllegalStateException("No free credit code in " + regionCode);
	}

	private static char organisationCodeCheck(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANISATION_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

	/** GB 11643-1999: sequence odd for men, even for women; 000 is not issued. */
	String idNumber(SplittableRandom random, String regionCode, LocalDate birthDate, boolean male) {
		String prefix = regionCode + BIRTH_DATE.format(birthDate);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			int sequence = 2 * (1 + random.nextInt(499)) - (male ? 1 : 0);
			String first17 = prefix + String.format("%03d", sequence);
			String number = first17 + IdNumber.checkCharacter(first17);
			if (this.idNumbers.add(number)) {
				return number;
			}
		}
		throw new IllegalStateException("No free ID number for " + prefix);
	}

	String mobile(SplittableRandom random) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			String number = Pick.one(random, MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
			if (!this.mobiles.contains(number) && MobileNumber.isValid(number)) {
				this.mobiles.add(number);
				return number;
			}
		}
		throw new IllegalStateException("No free mobile number");
	}

}
