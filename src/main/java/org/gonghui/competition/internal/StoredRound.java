package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.gonghui.competition.Criterion;
import org.gonghui.competition.RoundScoring;
import org.gonghui.competition.ScoreComponent;
import org.gonghui.competition.ScoringSheet;
import org.gonghui.competition.TieBreaker;
import org.gonghui.competition.VotingRule;

/** A round row: its components, sheet and state. */
record StoredRound(long id, long contestId, int position, String name, int voteWeight, int judgesWeight,
		int objectiveWeight, int timeWeight, @Nullable BigDecimal objectiveFullMarks, int trimFromJudges,
		List<TieBreaker> tieBreakers, @Nullable Integer advancePlaces, List<Criterion> criteria, VotingRule votingRule,
		RoundStatus status, boolean ballotOpened, @Nullable Instant voteClosesAt, @Nullable Instant publishedAt) {

	Map<ScoreComponent, Integer> weights() {
		var weights = new EnumMap<ScoreComponent, Integer>(ScoreComponent.class);
		weights.put(ScoreComponent.ONLINE_VOTE, this.voteWeight);
		weights.put(ScoreComponent.JUDGES, this.judgesWeight);
		weights.put(ScoreComponent.OBJECTIVE_SCORE, this.objectiveWeight);
		weights.put(ScoreComponent.OBJECTIVE_TIME, this.timeWeight);
		return weights;
	}

	@Nullable ScoringSheet sheet() {
		return this.criteria.isEmpty() ? null : new ScoringSheet(this.criteria);
	}

	RoundScoring scoring() {
		return new RoundScoring(weights(), sheet(), this.objectiveFullMarks, this.trimFromJudges, this.tieBreakers);
	}

	boolean hasVote() {
		return this.voteWeight > 0;
	}

	boolean hasJudges() {
		return this.judgesWeight > 0;
	}

	boolean hasObjective() {
		return this.objectiveWeight > 0 || this.timeWeight > 0;
	}

}
