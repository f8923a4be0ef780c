package org.gonghui.competition;

import java.util.ArrayList;
import java.util.List;

/** Splits a ranking into runs of entrants sharing a rank. */
final class RankGroups {

	private RankGroups() {
	}

	static List<List<RankedEntrant>> of(List<RankedEntrant> ranking) {
		List<List<RankedEntrant>> groups = new ArrayList<>();
		List<RankedEntrant> current = new ArrayList<>();
		for (RankedEntrant entrant : ranking) {
			if (!current.isEmpty() && current.get(0).rank() != entrant.rank()) {
				groups.add(List.copyOf(current));
				current.clear();
			}
			current.add(entrant);
		}
		if (!current.isEmpty()) {
			groups.add(List.copyOf(current));
		}
		return groups;
	}

}
