package org.gonghui.competition;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a recount. When the log is not intact, {@code problem} names the first
 * fault (a message key) and {@code problemAtSequence} the position where it was found
 * (1-based record position in the export), and the tally covers only the records before
 * it.
 */
public record RecountResult(boolean intact, @Nullable String problem, long problemAtSequence, long votes,
		Map<Long, Long> votesByEntrant, String head) {

	public RecountResult {
		votesByEntrant = Map.copyOf(votesByEntrant);
	}

	public long votesFor(long entrantId) {
		return this.votesByEntrant.getOrDefault(entrantId, 0L);
	}

}
