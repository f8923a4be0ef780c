package org.gonghui.competition;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.gonghui.shared.ident.MobileNumber;

/**
 * The pseudonym a voter appears under in the vote log. A plain SHA-256 of an 11-digit
 * mobile number is reversed by trying the few billion allocated numbers, so the log uses
 * HMAC-SHA256 under the organiser's secret key (PIPL art. 51: de-identify personal
 * information). The same voter keeps the same pseudonym, so anyone recounting can still
 * check the per-voter limits.
 */
public final class VoterHash {

	private static final int MIN_KEY_BYTES = 32;

	private VoterHash() {
	}

	/**
	 * For a voter verified by SMS code; any common spelling of the number gives the same
	 * hash.
	 */
	public static String ofMobile(String mobileNumber, byte[] secretKey) {
		String normalised = MobileNumber.normalise(mobileNumber)
			.orElseThrow(() -> new IllegalArgumentException("not a mainland mobile number"));
		return hmac("mobile:" + normalised, secretKey);
	}

	/** For a member signed in to the portal. */
	public static String ofMember(long memberId, byte[] secretKey) {
		return hmac("member:" + memberId, secretKey);
	}

	private static String hmac(String voter, byte[] secretKey) {
		if (secretKey.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("the voter-hash key needs at least 32 bytes");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(voter.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required of every JVM", ex);
		}
	}

}
