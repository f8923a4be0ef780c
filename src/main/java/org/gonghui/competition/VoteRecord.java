package org.gonghui.competition;

import java.time.Instant;
import java.util.Objects;

import org.gonghui.competition.internal.VoteHashing;

/**
 * One accepted vote in a round's tamper-evident log: {@code hash} covers every other
 * field and the previous record's hash (docs/vote-recount.md). {@code castAt} has
 * millisecond precision.
 */
public record VoteRecord(long sequence, long roundId, long entrantId, String voterHash, Instant castAt,
		String previousHash, String hash) {

	public VoteRecord {
		Objects.requireNonNull(voterHash, "voterHash");
		Objects.requireNonNull(castAt, "castAt");
		Objects.requireNonNull(previousHash, "previousHash");
		Objects.requireNonNull(hash, "hash");
	}

	/**
	 * The hash these fields should have; differs from {@link #hash()} if the record was
	 * edited.
	 */
	public String expectedHash() {
		return VoteHashing.hash(this.sequence, this.roundId, this.entrantId, this.voterHash, this.castAt.toEpochMilli(),
				this.previousHash);
	}

}
