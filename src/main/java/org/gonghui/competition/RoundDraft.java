package org.gonghui.competition;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A round as the organiser sets it up: component weights in percent (summing to 100), the
 * judges' sheet, the objective test's full marks, from how many judges the extremes are
 * dropped (0 never), the tie-break order and how many advance (null for the final).
 */
public record RoundDraft(String name, int voteWeight, int judgesWeight, int objectiveWeight, int timeWeight,
		List<Criterion> criteria, @Nullable BigDecimal objectiveFullMarks, int trimFromJudges,
		List<TieBreaker> tieBreakers, @Nullable Integer advancePlaces) {

	public RoundDraft {
		criteria = List.copyOf(criteria);
		tieBreakers = List.copyOf(tieBreakers);
	}

}
