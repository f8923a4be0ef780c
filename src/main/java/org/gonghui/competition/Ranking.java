package org.gonghui.competition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders scored entrants: higher weighted total first, then the tie-breakers in their
 * configured order. Entrants equal on all of them share a rank and the next rank skips
 * (standard competition ranking: 1, 2, 2, 4). Within a shared rank the list is ordered by
 * entrant id, for a stable display.
 */
public final class Ranking {

	private Ranking() {
	}

	public static List<RankedEntrant> rank(List<ScoredEntrant> entrants, List<TieBreaker> tieBreakers) {
		Comparator<ScoredEntrant> decisive = decisiveOrder(tieBreakers);
		List<ScoredEntrant> sorted = new ArrayList<>(entrants);
		sorted.sort(decisive.thenComparingLong(ScoredEntrant::entrantId));
		List<RankedEntrant> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			boolean tiedWithPrevious = i > 0 && decisive.compare(sorted.get(i - 1), sorted.get(i)) == 0;
			int rank = tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new RankedEntrant(rank, sorted.get(i)));
		}
		return ranked;
	}

	static Comparator<ScoredEntrant> decisiveOrder(List<TieBreaker> tieBreakers) {
		Comparator<ScoredEntrant> order = Comparator.comparing(ScoredEntrant::total).reversed();
		for (TieBreaker tieBreaker : tieBreakers) {
			order = order.thenComparing(tieBreaker.betterFirst());
		}
		return order;
	}

}
