package org.gonghui.competition.internal.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Voter tokens: proof that a voter was verified for a round. A token is signed, so
 * casting a vote checks it without a database lookup (the issue is recorded in
 * {@code competition.voter_token} for the organiser). Form:
 * {@code roundId.voterHash.expiresEpochSecond.tokenId.signature}.
 */
@Component
class VoterTokens {

	private final VotingKeys keys;

	VoterTokens(VotingKeys keys) {
		this.keys = keys;
	}

	String issue(VoterToken token) {
		String payload = token.roundId() + "." + token.voterHash() + "." + token.expiresAt().getEpochSecond() + "."
				+ token.id();
		return payload + "." + this.keys.sign(payload);
	}

	/** The token's content if it is genuine and unexpired at {@code now}. */
	Optional<VoterToken> verify(String token, Instant now) {
		int lastDot = token.lastIndexOf('.');
		if (lastDot < 0 || token.length() > 300) {
			return Optional.empty();
		}
		String payload = token.substring(0, lastDot);
		byte[] expected = this.keys.sign(payload).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		String[] parts = payload.split("\\.");
		if (parts.length != 4) {
			return Optional.empty();
		}
		try {
			VoterToken parsed = new VoterToken(UUID.fromString(parts[3]), Long.parseLong(parts[0]), parts[1],
					Instant.ofEpochSecond(Long.parseLong(parts[2])));
			return parsed.expiresAt().isAfter(now) ? Optional.of(parsed) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	record VoterToken(UUID id, long roundId, String voterHash, Instant expiresAt) {
	}

}
