package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.competition.ScoreComponent.JUDGES;
import static org.gonghui.competition.ScoreComponent.OBJECTIVE_SCORE;

class RankingTests {

	static final Instant EARLY = Instant.parse("2025-03-01T00:00:00Z");

	static ScoredEntrant entrant(long id, String total) {
		return new ScoredEntrant(id, EARLY.plusSeconds(id), Map.of(), new BigDecimal(total));
	}

	static ScoredEntrant entrant(long id, String total, String judges, String objective, Instant signedUpAt) {
		var components = new EnumMap<ScoreComponent, BigDecimal>(ScoreComponent.class);
		components.put(JUDGES, new BigDecimal(judges));
		components.put(OBJECTIVE_SCORE, new BigDecimal(objective));
		return new ScoredEntrant(id, signedUpAt, components, new BigDecimal(total));
	}

	@Test
	void sharesRanksAndSkips_90_85_85_80Ranks1_2_2_4() {
		var ranking = Ranking.rank(List.of(entrant(1, "85"), entrant(2, "90"), entrant(3, "80"), entrant(4, "85.00")),
				List.of());
		assertThat(ranking).extracting(RankedEntrant::entrantId).containsExactly(2L, 1L, 4L, 3L);
		assertThat(ranking).extracting(RankedEntrant::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void breaksTieOnHigherJudgesFirst_equal88TotalsJudges90Beats85() {
		var ranking = Ranking.rank(List.of(entrant(1, "88", "85", "95", EARLY), entrant(2, "88", "90", "80", EARLY)),
				List.of(TieBreaker.HIGHER_JUDGES, TieBreaker.HIGHER_OBJECTIVE_SCORE));
		assertThat(ranking).extracting(RankedEntrant::entrantId).containsExactly(2L, 1L);
		assertThat(ranking).extracting(RankedEntrant::rank).containsExactly(1, 2);
	}

	@Test
	void fallsThroughToObjectiveThenSignUp_equalJudgesObjective80Beats70ThenEarlierSignUp() {
		var later = EARLY.plusSeconds(3600);
		var ranking = Ranking.rank(
				List.of(entrant(1, "88", "90", "70", EARLY), entrant(2, "88", "90", "80", later),
						entrant(3, "88", "90", "70", later), entrant(4, "88", "90", "70", EARLY)),
				List.of(TieBreaker.HIGHER_JUDGES, TieBreaker.HIGHER_OBJECTIVE_SCORE, TieBreaker.EARLIER_SIGN_UP));
		assertThat(ranking).extracting(RankedEntrant::entrantId).containsExactly(2L, 1L, 4L, 3L);
		assertThat(ranking).extracting(RankedEntrant::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void stillTiedWithoutTieBreakers_equalTotalsShareRank1() {
		var ranking = Ranking.rank(List.of(entrant(1, "88", "85", "95", EARLY), entrant(2, "88", "90", "80", EARLY)),
				List.of());
		assertThat(ranking).extracting(RankedEntrant::rank).containsExactly(1, 1);
	}

	@Test
	void advancesTopTwoWithTiesAtCut_ranks1_2_2_4AdvancesThree() {
		var ranking = Ranking.rank(List.of(entrant(1, "90"), entrant(2, "85"), entrant(3, "85"), entrant(4, "80")),
				List.of());
		assertThat(AdvancementRule.top(2).advancing(ranking)).containsExactly(1L, 2L, 3L);
		assertThat(new AdvancementRule(2, TiesAtCut.NONE_ADVANCE).advancing(ranking)).containsExactly(1L);
		assertThat(new AdvancementRule(3, TiesAtCut.NONE_ADVANCE).advancing(ranking)).containsExactly(1L, 2L, 3L);
		assertThat(AdvancementRule.top(0).advancing(ranking)).isEmpty();
		assertThat(AdvancementRule.top(10).advancing(ranking)).hasSize(4);
	}

}
