package org.gonghui.competition.internal.voting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import org.gonghui.competition.VoterHash;
import org.gonghui.shared.crypto.PersonalDataCipher;

/**
 * The keys of online voting, derived from the platform's hash key so none is stored: one
 * voter-pseudonym key per round (VoterHash's "organiser's secret key"; the pseudonyms of
 * two rounds cannot be linked) and one key signing voter tokens and code hashes.
 */
@Component
class VotingKeys {

	private final PersonalDataCipher cipher;

	private final Map<Long, byte[]> voterKeys = new ConcurrentHashMap<>();

	private final SecretKeySpec signingKey;

	private final ThreadLocal<Mac> macs;

	VotingKeys(PersonalDataCipher cipher) {
		this.cipher = cipher;
		this.signingKey = new SecretKeySpec(cipher.hash("gonghui.voting.signing-key.v1"), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(this.signingKey);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** The voter's pseudonym in a round's log for a mobile number. */
	String mobileVoter(long roundId, String mobile) {
		return VoterHash.ofMobile(mobile, voterKey(roundId));
	}

	/** The voter's pseudonym in a round's log for a signed-in member's account. */
	String memberVoter(long roundId, long accountId) {
		return VoterHash.ofMember(accountId, voterKey(roundId));
	}

	/** HMAC-SHA256 under the signing key, as lowercase hex. */
	String sign(String text) {
		Mac mac = this.macs.get();
		return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	private byte[] voterKey(long roundId) {
		return this.voterKeys.computeIfAbsent(roundId, (id) -> this.cipher.hash("gonghui.voting.voter-key.v1:" + id));
	}

}
