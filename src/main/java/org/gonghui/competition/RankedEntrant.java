package org.gonghui.competition;

/**
 * A place in a round's ranking; entrants still tied after every tie-breaker share
 * {@code rank}.
 */
public record RankedEntrant(int rank, ScoredEntrant entrant) {

	public long entrantId() {
		return this.entrant.entrantId();
	}

}
