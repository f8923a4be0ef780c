package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gonghui.competition.ScoreComponent.JUDGES;
import static org.gonghui.competition.ScoreComponent.OBJECTIVE_SCORE;
import static org.gonghui.competition.ScoreComponent.OBJECTIVE_TIME;
import static org.gonghui.competition.ScoreComponent.ONLINE_VOTE;

class RoundScoringTests {

	static final Instant SIGN_UP = Instant.parse("2025-03-01T02:00:00Z");

	static final ScoringSheet HUNDRED_POINTS = ScoringSheet.of(new Criterion("overall", "总分", 100));

	static final RoundScoring JUDGES_ONLY = RoundScoring.weighted(Map.of(JUDGES, 100)).sheet(HUNDRED_POINTS).build();

	static List<BigDecimal> totals(String... totals) {
		return java.util.Arrays.stream(totals).map(BigDecimal::new).toList();
	}

	static BigDecimal judgesComponent(RoundScoring scoring, String... totals) {
		var performance = Performance.of(1, SIGN_UP).withJudgeTotals(totals(totals));
		return scoring.score(List.of(performance)).get(0).component(JUDGES);
	}

	@Test
	void dropsHighestAndLowestOfFiveJudges_90_85_80_75_60_averages80() {
		assertThat(judgesComponent(JUDGES_ONLY, "90", "85", "80", "75", "60")).isEqualByComparingTo("80.00");
	}

	@Test
	void dropsOnlyOneOfEqualExtremes_90_90_80_70_70_averages80() {
		assertThat(judgesComponent(JUDGES_ONLY, "90", "90", "80", "70", "70")).isEqualByComparingTo("80.00");
	}

	@Test
	void keepsAllOfFourJudges_90_85_80_75_averages82_50() {
		assertThat(judgesComponent(JUDGES_ONLY, "90", "85", "80", "75")).isEqualByComparingTo("82.50");
	}

	@Test
	void dropsFromThreeJudgesWhenConfigured_90_80_10_gives80() {
		assertThat(judgesComponent(JUDGES_ONLY.withTrimFromJudges(3), "90", "80", "10")).isEqualByComparingTo("80.00");
	}

	@Test
	void neverDropsWhenTrimIsOff_90_85_80_75_60_averages78() {
		assertThat(judgesComponent(JUDGES_ONLY.withTrimFromJudges(0), "90", "85", "80", "75", "60"))
			.isEqualByComparingTo("78.00");
	}

	@Test
	void refusesTrimFromFewerThanThreeJudges() {
		assertThatThrownBy(() -> JUDGES_ONLY.withTrimFromJudges(2)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void normalisesJudgesAgainstSheetMaximum_cprSheetOf80_average60Gives75() {
		var scoring = RoundScoring.weighted(Map.of(JUDGES, 100)).sheet(CprSheet.SHEET).build();
		assertThat(CprSheet.SHEET.maxTotal()).isEqualTo(80);
		assertThat(judgesComponent(scoring, "62", "60", "58")).isEqualByComparingTo("75.00");
	}

	@Test
	void averagesInOneDivision_twoThirdsOfHundredIs66_67() {
		assertThat(judgesComponent(JUDGES_ONLY, "66", "67", "67")).isEqualByComparingTo("66.67");
	}

	@Test
	void normalisesVotesAgainstMostVotesInRound_150Of600Is25() {
		var scoring = RoundScoring.weighted(Map.of(ONLINE_VOTE, 100)).build();
		var scored = scoring.score(List.of(Performance.of(1, SIGN_UP).withVotes(600),
				Performance.of(2, SIGN_UP).withVotes(150), Performance.of(3, SIGN_UP)));
		assertThat(scored).extracting((e) -> e.component(ONLINE_VOTE))
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("100"), new BigDecimal("25"), BigDecimal.ZERO);
	}

	@Test
	void givesZeroVotesComponentWhenNobodyHasAVote() {
		var scoring = RoundScoring.weighted(Map.of(ONLINE_VOTE, 100)).build();
		assertThat(scoring.score(List.of(Performance.of(1, SIGN_UP))).get(0).total()).isEqualByComparingTo("0");
	}

	@Test
	void normalisesObjectiveScoreAgainstFullMarks_quiz45Of50Is90() {
		var scoring = RoundScoring.weighted(Map.of(OBJECTIVE_SCORE, 100))
			.objectiveFullMarks(new BigDecimal("50"))
			.build();
		var scored = scoring.score(List.of(Performance.of(1, SIGN_UP).withObjectiveScore(new BigDecimal("45"))));
		assertThat(scored.get(0).component(OBJECTIVE_SCORE)).isEqualByComparingTo("90.00");
	}

	@Test
	void refusesObjectiveScoreAboveFullMarks_51Of50() {
		var scoring = RoundScoring.weighted(Map.of(OBJECTIVE_SCORE, 100))
			.objectiveFullMarks(new BigDecimal("50"))
			.build();
		assertThatThrownBy(
				() -> scoring.score(List.of(Performance.of(1, SIGN_UP).withObjectiveScore(new BigDecimal("51")))))
			.isInstanceOf(ContestRuleException.class)
			.hasMessage("round.objective-above-full-marks");
	}

	@Test
	void normalisesTimeAsBestOverOwn_best60s_75sIs80_70sIs85_71_didNotFinishIs0() {
		var scoring = RoundScoring.weighted(Map.of(OBJECTIVE_TIME, 100)).build();
		var scored = scoring.score(List.of(Performance.of(1, SIGN_UP).withObjectiveTime(Duration.ofSeconds(60)),
				Performance.of(2, SIGN_UP).withObjectiveTime(Duration.ofSeconds(75)),
				Performance.of(3, SIGN_UP).withObjectiveTime(Duration.ofSeconds(70)), Performance.of(4, SIGN_UP)));
		assertThat(scored).extracting(ScoredEntrant::total)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("85.71"), BigDecimal.ZERO);
	}

	@Test
	void weightsVote30AndJudges70_votes25Judges80Gives63_50() {
		var scoring = RoundScoring.weighted(Map.of(ONLINE_VOTE, 30, JUDGES, 70)).sheet(HUNDRED_POINTS).build();
		var scored = scoring.score(List.of(Performance.of(1, SIGN_UP).withVotes(600),
				Performance.of(2, SIGN_UP).withVotes(150).withJudgeTotals(totals("90", "85", "80", "75", "60"))));
		assertThat(scored.get(1).total()).isEqualByComparingTo("63.50");
		assertThat(scored.get(1).total().scale()).isEqualTo(2);
		assertThat(scored.get(1).components()).containsOnlyKeys(ONLINE_VOTE, JUDGES);
	}

	@Test
	void roundsTotalHalfUp_50PercentOf80_01Is40_01() {
		var scoring = RoundScoring.weighted(Map.of(ONLINE_VOTE, 50, JUDGES, 50)).sheet(HUNDRED_POINTS).build();
		var scored = scoring.score(List.of(Performance.of(1, SIGN_UP).withJudgeTotals(totals("80.01"))));
		assertThat(scored.get(0).total()).isEqualByComparingTo("40.01");
	}

	@Test
	void cprExample_judges70AndQuiz30() {
		var scoring = RoundScoring.weighted(Map.of(JUDGES, 70, OBJECTIVE_SCORE, 30))
			.sheet(CprSheet.SHEET)
			.objectiveFullMarks(new BigDecimal("100"))
			.build();
		// judges 76,72,70,68,50 of 80: keep 72,70,68 → 210/240 = 87.50; quiz 92 → 92.00
		// 0.7 × 87.50 + 0.3 × 92.00 = 61.25 + 27.60 = 88.85
		var scored = scoring.score(List.of(Performance.of(1, SIGN_UP)
			.withJudgeTotals(totals("76", "72", "70", "68", "50"))
			.withObjectiveScore(new BigDecimal("92"))));
		assertThat(scored.get(0).component(JUDGES)).isEqualByComparingTo("87.50");
		assertThat(scored.get(0).total()).isEqualByComparingTo("88.85");
	}

	@Test
	void refusesWeightsNotSummingTo100_30Plus60() {
		assertThatThrownBy(() -> RoundScoring.weighted(Map.of(ONLINE_VOTE, 30, JUDGES, 60)).build())
			.isInstanceOf(ContestRuleException.class)
			.hasMessage("round.weights-not-100")
			.extracting((e) -> ((ContestRuleException) e).arguments())
			.isEqualTo(new Object[] { 90 });
	}

	@Test
	void refusesJudgesComponentWithoutSheet() {
		assertThatThrownBy(() -> RoundScoring.weighted(Map.of(JUDGES, 100)).build())
			.isInstanceOf(ContestRuleException.class);
		assertThatThrownBy(() -> new RoundScoring(Map.of(JUDGES, 100), null, null, 5, List.of()))
			.hasMessage("round.sheet-missing");
	}

	@Test
	void refusesObjectiveScoreComponentWithoutFullMarks() {
		assertThatThrownBy(() -> new RoundScoring(Map.of(OBJECTIVE_SCORE, 100), null, null, 5, List.of()))
			.hasMessage("round.full-marks-missing");
	}

	@Test
	void ranksWithTheRoundsTieBreakers_equal50TotalsJudges80BeatsVotes() {
		var scoring = RoundScoring.weighted(Map.of(ONLINE_VOTE, 50, JUDGES, 50))
			.sheet(HUNDRED_POINTS)
			.tieBreakers(TieBreaker.HIGHER_JUDGES)
			.build();
		// entrant 1: votes 100 → 100.00, judges 0 → total 50.00; entrant 2: votes 20 →
		// 20.00, judges 80 → 50.00
		var ranking = scoring.rank(List.of(Performance.of(1, SIGN_UP).withVotes(100).withJudgeTotals(totals("0")),
				Performance.of(2, SIGN_UP).withVotes(20).withJudgeTotals(totals("80"))));
		assertThat(ranking).extracting(RankedEntrant::entrantId).containsExactly(2L, 1L);
		assertThat(ranking).extracting(RankedEntrant::rank).containsExactly(1, 2);
	}

}
