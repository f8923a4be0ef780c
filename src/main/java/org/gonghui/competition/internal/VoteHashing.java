package org.gonghui.competition.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical encoding of a vote record, version 1, exactly as docs/vote-recount.md
 * states it: the fields in decimal ASCII (hashes in lowercase hex) joined by {@code |},
 * UTF-8, no trailing newline, then SHA-256 in lowercase hex.
 */
public final class VoteHashing {

	/** The previous hash of the first record of a chain. */
	public static final String GENESIS = "0".repeat(64);

	private VoteHashing() {
	}

	public static String canonical(long sequence, long roundId, long entrantId, String voterHash, long castAtMillis,
			String previousHash) {
		return sequence + "|" + roundId + "|" + entrantId + "|" + voterHash + "|" + castAtMillis + "|" + previousHash;
	}

	public static String hash(long sequence, long roundId, long entrantId, String voterHash, long castAtMillis,
			String previousHash) {
		return sha256Hex(canonical(sequence, roundId, entrantId, voterHash, castAtMillis, previousHash));
	}

	public static boolean isHexHash(String value) {
		return value.length() == 64 && value.chars().allMatch((c) -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
	}

	private static String sha256Hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
