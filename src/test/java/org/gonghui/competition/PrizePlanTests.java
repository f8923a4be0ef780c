package org.gonghui.competition;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrizePlanTests {

	static final PrizeClass FIRST = new PrizeClass("first", "一等奖", 1);

	static final PrizeClass SECOND = new PrizeClass("second", "二等奖", 2);

	static final PrizeClass THIRD = new PrizeClass("third", "三等奖", 3);

	static final PrizePlan ONE_TWO_THREE = PrizePlan.of(FIRST, SECOND, THIRD);

	/** A ranking of entrants 1..n with the given ranks. */
	static List<RankedEntrant> ranked(int... ranks) {
		List<RankedEntrant> ranking = new ArrayList<>();
		for (int i = 0; i < ranks.length; i++) {
			ranking.add(new RankedEntrant(ranks[i], RankingTests.entrant(i + 1, "50")));
		}
		return ranking;
	}

	static List<String> prizes(List<PrizeAward> awards) {
		return awards.stream().map((award) -> award.entrantId() + ":" + award.prizeClass().code()).toList();
	}

	@Test
	void fillsQuotasInRankOrder_1First2Second3Third() {
		var awards = ONE_TWO_THREE.award(ranked(1, 2, 3, 4, 5, 6, 7, 8));
		assertThat(prizes(awards)).containsExactly("1:first", "2:second", "3:second", "4:third", "5:third", "6:third");
	}

	@Test
	void tiedGroupStraddlingSecondShareItAndThirdShrinks_ranks1_2_2_2_5_6_7() {
		var awards = ONE_TWO_THREE.award(ranked(1, 2, 2, 2, 5, 6, 7, 8));
		assertThat(prizes(awards)).containsExactly("1:first", "2:second", "3:second", "4:second", "5:third", "6:third");
	}

	@Test
	void tieForFirstTakesASecondPlace_ranks1_1_3_4_5_6_7() {
		var awards = ONE_TWO_THREE.award(ranked(1, 1, 3, 4, 5, 6, 7));
		assertThat(prizes(awards)).containsExactly("1:first", "2:first", "3:second", "4:third", "5:third", "6:third");
	}

	@Test
	void tieAcrossTheLastPlaceAllGetThird_ranks1_2_3_4_5_6_6Gives7Winners() {
		var awards = ONE_TWO_THREE.award(ranked(1, 2, 3, 4, 5, 6, 6, 8));
		assertThat(prizes(awards)).hasSize(7).endsWith("6:third", "7:third");
	}

	@Test
	void capsWinnersAtOneThirdWhenOn_12ParticipantsGive4Winners() {
		var awards = ONE_TWO_THREE.cappedAtOneThirdOfParticipants()
			.award(ranked(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
		assertThat(prizes(awards)).containsExactly("1:first", "2:second", "3:second", "4:third");
	}

	@Test
	void capIsHardForATiedGroup_12ParticipantsRanks1_2_3_4_4GiveThree() {
		var awards = ONE_TWO_THREE.cappedAtOneThirdOfParticipants()
			.award(ranked(1, 2, 3, 4, 4, 6, 7, 8, 9, 10, 11, 12));
		assertThat(prizes(awards)).containsExactly("1:first", "2:second", "3:second");
	}

	@Test
	void capIsOffByDefault_9ParticipantsGet6Prizes() {
		assertThat(ONE_TWO_THREE.award(ranked(1, 2, 3, 4, 5, 6, 7, 8, 9))).hasSize(6);
		assertThat(ONE_TWO_THREE.cappedAtOneThirdOfParticipants().award(ranked(1, 2, 3, 4, 5, 6, 7, 8, 9))).hasSize(3);
	}

	@Test
	void kunmingCprContest_31EntrantsSixPrizesWithinCap() {
		int[] ranks = new int[31];
		for (int i = 0; i < ranks.length; i++) {
			ranks[i] = i + 1;
		}
		var awards = ONE_TWO_THREE.cappedAtOneThirdOfParticipants().award(ranked(ranks));
		assertThat(awards).hasSize(6);
	}

	@Test
	void fewerEntrantsThanPrizes_2EntrantsGetFirstAndSecond() {
		assertThat(prizes(ONE_TWO_THREE.award(ranked(1, 2)))).containsExactly("1:first", "2:second");
	}

}
