package org.gonghui.competition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gonghui.competition.internal.VoteHashing;
import org.jspecify.annotations.Nullable;

/**
 * Verifies an exported vote log and tallies it, following docs/vote-recount.md step by
 * step so that anyone can reimplement it: sequences run 1, 2, 3 … without gaps, each
 * record's previous hash is the preceding record's hash (the genesis hash for the first),
 * each hash matches the canonical encoding, and, given the organiser's published
 * checkpoint, the log ends where the checkpoint says. An edit, deletion, insertion or
 * reordering breaks one of these.
 */
public final class Recount {

	private Recount() {
	}

	public static RecountResult of(long roundId, List<VoteRecord> log, VoteChain.@Nullable Checkpoint published) {
		Map<Long, Long> tally = new HashMap<>();
		String previous = VoteHashing.GENESIS;
		long expected = 1;
		for (VoteRecord record : log) {
			String problem = problem(roundId, record, expected, previous);
			if (problem != null) {
				return new RecountResult(false, problem, expected, expected - 1, tally, previous);
			}
			tally.merge(record.entrantId(), 1L, Long::sum);
			previous = record.hash();
			expected++;
		}
		long votes = expected - 1;
		if (published != null && (published.length() != votes || !published.head().equals(previous))) {
			return new RecountResult(false, "recount.checkpoint-mismatch", expected, votes, tally, previous);
		}
		return new RecountResult(true, null, 0, votes, tally, previous);
	}

	private static @Nullable String problem(long roundId, VoteRecord record, long expectedSequence,
			String previousHash) {
		if (record.roundId() != roundId) {
			return "recount.wrong-round";
		}
		if (record.sequence() != expectedSequence) {
			return "recount.sequence-gap";
		}
		if (!record.previousHash().equals(previousHash)) {
			return "recount.broken-link";
		}
		if (!record.expectedHash().equals(record.hash())) {
			return "recount.hash-mismatch";
		}
		return null;
	}

}
