package org.gonghui.gig;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gonghui.gig.RankedCandidate.ScorePart;
import org.gonghui.gig.RankingWeights.Criterion;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.geo.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CandidateRankingTests {

	private static final GeoPoint SITE = GeoPoint.of(30.5928, 114.3055);

	private static final LocalDateTime MONDAY_8 = LocalDateTime.of(2026, 3, 2, 8, 0);

	private static final TimeWindow MORNING = new TimeWindow(MONDAY_8, MONDAY_8.plusHours(4));

	private static final JobRequirements PLUMBING_JOB = new JobRequirements("plumber", SkillLevel.LEVEL_4, SITE,
			MORNING);

	private final CandidateRanking ranking = new CandidateRanking();

	private static GeoPoint kmNorth(double km) {
		return GeoPoint.of(SITE.lat() + km / 111.195, SITE.lon());
	}

	private static TimeWindow hours(int fromHour, int toHour) {
		return new TimeWindow(MONDAY_8.withHour(fromHour), MONDAY_8.withHour(toHour));
	}

	private static Candidate candidate(long id, String trade, SkillLevel level, double km, TimeWindow available,
			RatingSummary ratings) {
		return new Candidate(id, Set.of(trade), level, kmNorth(km), List.of(available), ratings);
	}

	@Test
	void scoresAFullyMatchingPlumber99_ratingShrunkFrom4_8To4_53() {
		Candidate plumber = candidate(1, "plumber", SkillLevel.LEVEL_3, 1, hours(8, 18), new RatingSummary(10, 48));

		RankedCandidate ranked = this.ranking.score(PLUMBING_JOB, plumber);

		assertThat(ranked.parts()).extracting(ScorePart::points).containsExactly(30, 20, 20, 20, 9);
		assertThat(ranked.score()).isEqualTo(99);
		assertThat(ranked.shrunkRating()).isCloseTo(68.0 / 15, within(1e-9));
		assertThat(ranked.distanceKm()).isEqualTo(1.0);
	}

	@Test
	void scoresAnElectricianOneLevelShort16KmAwayHalfAvailableAndUnrated38() {
		Candidate electrician = candidate(2, "electrician", SkillLevel.LEVEL_5, 16, hours(10, 12), RatingSummary.NONE);

		RankedCandidate ranked = this.ranking.score(PLUMBING_JOB, electrician);

		// trade 0 + skill 20×0.5 + distance 20×(30−16)/28 + availability 20×2/4 + rating
		// 10×(4.0−1)/4 = 7.5 → 8
		assertThat(ranked.parts()).extracting(ScorePart::points).containsExactly(0, 10, 10, 10, 8);
		assertThat(ranked.score()).isEqualTo(38);
		assertThat(ranked.part(Criterion.DISTANCE).fraction()).isCloseTo(0.5, within(0.01));
	}

	@Test
	void ranksTheBetterMatchFirst() {
		Candidate electrician = candidate(2, "electrician", SkillLevel.LEVEL_5, 16, hours(10, 12), RatingSummary.NONE);
		Candidate plumber = candidate(7, "plumber", SkillLevel.LEVEL_3, 1, hours(8, 18), new RatingSummary(10, 48));

		assertThat(this.ranking.rank(PLUMBING_JOB, List.of(electrician, plumber))).extracting(RankedCandidate::workerId)
			.containsExactly(7L, 2L);
	}

	@Test
	void oneFiveStarReviewDoesNotBeatFiftyAveraging4_8() {
		Candidate newcomer = candidate(1, "plumber", SkillLevel.LEVEL_4, 1, hours(8, 12), new RatingSummary(1, 5));
		Candidate veteran = candidate(2, "plumber", SkillLevel.LEVEL_4, 1, hours(8, 12), new RatingSummary(50, 240));

		List<RankedCandidate> ranked = this.ranking.rank(PLUMBING_JOB, List.of(newcomer, veteran));

		assertThat(ranked).extracting(RankedCandidate::workerId).containsExactly(2L, 1L);
		assertThat(ranked.get(0).part(Criterion.RATING).points()).isEqualTo(9);
		assertThat(ranked.get(1).part(Criterion.RATING).points()).isEqualTo(8);
	}

	@Test
	void breaksScoreTiesByDistance_1kmBefore1_5km() {
		Candidate farther = candidate(1, "plumber", SkillLevel.LEVEL_4, 1.5, hours(8, 12), RatingSummary.NONE);
		Candidate nearer = candidate(2, "plumber", SkillLevel.LEVEL_4, 1, hours(8, 12), RatingSummary.NONE);

		List<RankedCandidate> ranked = this.ranking.rank(PLUMBING_JOB, List.of(farther, nearer));

		assertThat(ranked.get(0).score()).isEqualTo(ranked.get(1).score());
		assertThat(ranked).extracting(RankedCandidate::workerId).containsExactly(2L, 1L);
	}

	@Test
	void breaksRemainingTiesByRatingCountThenWorkerId() {
		Candidate c3 = candidate(3, "plumber", SkillLevel.LEVEL_4, 1, hours(8, 12), RatingSummary.NONE);
		Candidate c1 = candidate(1, "plumber", SkillLevel.LEVEL_4, 1, hours(8, 12), RatingSummary.NONE);
		Candidate rated = candidate(9, "plumber", SkillLevel.LEVEL_4, 1, hours(8, 12), new RatingSummary(2, 8));

		assertThat(this.ranking.rank(PLUMBING_JOB, List.of(c3, rated, c1))).extracting(RankedCandidate::workerId)
			.containsExactly(9L, 1L, 3L);
		assertThat(this.ranking.rank(PLUMBING_JOB, List.of(c1, c3, rated))).extracting(RankedCandidate::workerId)
			.containsExactly(9L, 1L, 3L);
	}

	@Test
	void givesNoDistancePointsWhenTheWorkerLocationIsUnknown() {
		Candidate unknown = new Candidate(1, Set.of("plumber"), SkillLevel.LEVEL_4, null, List.of(MORNING),
				RatingSummary.NONE);

		RankedCandidate ranked = this.ranking.score(PLUMBING_JOB, unknown);

		assertThat(ranked.distanceKm()).isNull();
		assertThat(ranked.part(Criterion.DISTANCE).points()).isZero();
	}

	@Test
	void givesNoDistancePointsBeyond30Km() {
		Candidate far = candidate(1, "plumber", SkillLevel.LEVEL_4, 45, hours(8, 12), RatingSummary.NONE);

		assertThat(this.ranking.score(PLUMBING_JOB, far).part(Criterion.DISTANCE).points()).isZero();
	}

	@Test
	void countsOverlappingAvailabilityOnce_7to9And0830to10And11to13Cover3of4Hours() {
		List<TimeWindow> availability = List.of(hours(7, 9),
				new TimeWindow(MONDAY_8.withMinute(30), MONDAY_8.withHour(10)), hours(11, 13));

		assertThat(CandidateRanking.coveredShare(MORNING, availability)).isEqualTo(0.75);
	}

	@Test
	void coversNothingWhenAvailableOnlyOnAnotherDay() {
		TimeWindow tuesday = new TimeWindow(MONDAY_8.plusDays(1), MONDAY_8.plusDays(1).plusHours(4));

		assertThat(CandidateRanking.coveredShare(MORNING, List.of(tuesday))).isZero();
	}

	@Test
	void scoresSkillAgainstTheRequiredLevel() {
		assertThat(CandidateRanking.skillFraction(null, null)).isEqualTo(1);
		assertThat(CandidateRanking.skillFraction(SkillLevel.LEVEL_4, SkillLevel.LEVEL_1)).isEqualTo(1);
		assertThat(CandidateRanking.skillFraction(SkillLevel.LEVEL_4, SkillLevel.LEVEL_4)).isEqualTo(1);
		assertThat(CandidateRanking.skillFraction(SkillLevel.LEVEL_4, SkillLevel.LEVEL_5)).isEqualTo(0.5);
		assertThat(CandidateRanking.skillFraction(SkillLevel.LEVEL_5, null)).isEqualTo(0.5);
		assertThat(CandidateRanking.skillFraction(SkillLevel.LEVEL_4, null)).isZero();
		assertThat(CandidateRanking.skillFraction(SkillLevel.LEVEL_2, SkillLevel.LEVEL_4)).isZero();
	}

	@Test
	void keepsEveryScoreWithin0To100() {
		Candidate best = candidate(1, "plumber", SkillLevel.LEVEL_1, 0, hours(0, 23), new RatingSummary(1000, 5000));
		Candidate worst = new Candidate(2, Set.of(), null, null, List.of(), new RatingSummary(1000, 1000));

		assertThat(this.ranking.score(PLUMBING_JOB, best).score()).isEqualTo(100);
		assertThat(this.ranking.score(PLUMBING_JOB, worst).score()).isZero();
	}

	@Test
	void refusesWeightsThatDoNotAddUpTo100() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RankingWeights(30, 20, 20, 20, 20, 2, 30, 4, 5));
	}

	@Test
	void refusesImpossibleRatings_threeRatingsTotalling16Stars() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RatingSummary(3, 16));
	}

}
