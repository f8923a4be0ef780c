package org.gonghui.competition;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.gonghui.competition.internal.VoteHashing;

/**
 * The head of a round's vote log: appends the next record chained to the last one. Holds
 * only the head, not the records, so a store can resume it from its last row
 * ({@link #after}). Appends must be serialised per round (one writer, or a lock on the
 * head row).
 */
public final class VoteChain {

	private final long roundId;

	private long length;

	private String head;

	private VoteChain(long roundId, long length, String head) {
		this.roundId = roundId;
		this.length = length;
		this.head = head;
	}

	/** An empty log for a round. */
	public static VoteChain start(long roundId) {
		return new VoteChain(roundId, 0, VoteHashing.GENESIS);
	}

	/** Continues a log whose last stored record is {@code last}. */
	public static VoteChain after(VoteRecord last) {
		return new VoteChain(last.roundId(), last.sequence(), last.hash());
	}

	/**
	 * Appends a vote; {@code castAt} is truncated to milliseconds, the precision the hash
	 * covers.
	 */
	public VoteRecord append(long entrantId, String voterHash, Instant castAt) {
		if (!VoteHashing.isHexHash(voterHash)) {
			throw new IllegalArgumentException("voterHash must be 64 lowercase hex digits (see VoterHash)");
		}
		Instant at = castAt.truncatedTo(ChronoUnit.MILLIS);
		long sequence = this.length + 1;
		String hash = VoteHashing.hash(sequence, this.roundId, entrantId, voterHash, at.toEpochMilli(), this.head);
		VoteRecord record = new VoteRecord(sequence, this.roundId, entrantId, voterHash, at, this.head, hash);
		this.length = sequence;
		this.head = hash;
		return record;
	}

	public long roundId() {
		return this.roundId;
	}

	/** Records appended so far. */
	public long length() {
		return this.length;
	}

	/**
	 * The last record's hash (the genesis hash when empty): what the organiser publishes
	 * as a checkpoint.
	 */
	public String head() {
		return this.head;
	}

	public Checkpoint checkpoint() {
		return new Checkpoint(this.length, this.head);
	}

	/**
	 * A published (length, head hash) pair: lets a recount detect records cut off the end
	 * of a log.
	 */
	public record Checkpoint(long length, String head) {
	}

}
