package org.gonghui.competition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A round as the organiser sets it up: component weights in percent (summing to 100), the
 * judges' sheet, the objective test's full marks, from how many judges the extremes are
 * dropped (0 never), the tie-break order, how many advance (null for the final) and, for
 * a round with an online vote, the voting rule.
 */
public record RoundDraft(String name, int voteWeight, int judgesWeight, int objectiveWeight, int timeWeight,
		List<Criterion> criteria, @Nullable BigDecimal objectiveFullMarks, int trimFromJudges,
		List<TieBreaker> tieBreakers, @Nullable Integer advancePlaces, VotingRule votingRule) {

	public RoundDraft {
		criteria = List.copyOf(criteria);
		tieBreakers = List.copyOf(tieBreakers);
		Objects.requireNonNull(votingRule, "votingRule");
	}

	/** A round voted on under the usual rule, one vote per voter per day. */
	public RoundDraft(String name, int voteWeight, int judgesWeight, int objectiveWeight, int timeWeight,
			List<Criterion> criteria, @Nullable BigDecimal objectiveFullMarks, int trimFromJudges,
			List<TieBreaker> tieBreakers, @Nullable Integer advancePlaces) {
		this(name, voteWeight, judgesWeight, objectiveWeight, timeWeight, criteria, objectiveFullMarks, trimFromJudges,
				tieBreakers, advancePlaces, VotingRule.oncePerDay());
	}

}
