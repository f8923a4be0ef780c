package org.gonghui.competition;

import java.util.ArrayList;
import java.util.List;

/** The top {@code places} of a round advance (e.g. 20 of 185 to the bartender final). */
public record AdvancementRule(int places, TiesAtCut tiesAtCut) {

	public AdvancementRule {
		if (places < 0) {
			throw new IllegalArgumentException("places < 0");
		}
	}

	public static AdvancementRule top(int places) {
		return new AdvancementRule(places, TiesAtCut.ALL_ADVANCE);
	}

	/** The ids of advancing entrants, in rank order. */
	public List<Long> advancing(List<RankedEntrant> ranking) {
		List<Long> advancing = new ArrayList<>();
		for (List<RankedEntrant> group : RankGroups.of(ranking)) {
			int rank = group.get(0).rank();
			int lastPosition = rank + group.size() - 1;
			boolean advances = switch (this.tiesAtCut) {
				case ALL_ADVANCE -> rank <= this.places;
				case NONE_ADVANCE -> lastPosition <= this.places;
			};
			if (!advances) {
				break;
			}
			group.forEach((entrant) -> advancing.add(entrant.entrantId()));
		}
		return advancing;
	}

}
