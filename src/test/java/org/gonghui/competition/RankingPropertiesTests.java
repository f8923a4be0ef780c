package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class RankingPropertiesTests {

	static final List<TieBreaker> ORDER = List.of(TieBreaker.HIGHER_JUDGES, TieBreaker.EARLIER_SIGN_UP);

	@Property
	void rankingIsAPermutationOfTheEntrants(@ForAll("entrants") List<ScoredEntrant> entrants) {
		var ranking = Ranking.rank(entrants, ORDER);
		assertThat(ranking).extracting(RankedEntrant::entrant).containsExactlyInAnyOrderElementsOf(entrants);
	}

	@Property
	void rankIsOnePlusTheNumberStrictlyBetter(@ForAll("entrants") List<ScoredEntrant> entrants) {
		var ranking = Ranking.rank(entrants, ORDER);
		var order = Ranking.decisiveOrder(ORDER);
		for (RankedEntrant ranked : ranking) {
			long better = entrants.stream().filter((other) -> order.compare(other, ranked.entrant()) < 0).count();
			assertThat(ranked.rank()).isEqualTo(better + 1);
		}
	}

	@Property
	void sharedRanksAreExactlyTheUndecidedTies(@ForAll("entrants") List<ScoredEntrant> entrants) {
		var ranking = Ranking.rank(entrants, ORDER);
		var order = Ranking.decisiveOrder(ORDER);
		for (int i = 1; i < ranking.size(); i++) {
			var previous = ranking.get(i - 1);
			var current = ranking.get(i);
			assertThat(current.rank()).isGreaterThanOrEqualTo(previous.rank());
			assertThat(current.rank() == previous.rank())
				.isEqualTo(order.compare(previous.entrant(), current.entrant()) == 0);
			assertThat(current.entrant().total()).isLessThanOrEqualTo(previous.entrant().total());
		}
	}

	@Property
	void prizesGoInRankOrderWithinQuotasPlusTies(@ForAll("entrants") List<ScoredEntrant> entrants) {
		var ranking = Ranking.rank(entrants, List.of());
		var awards = PrizePlanTests.ONE_TWO_THREE.award(ranking);
		var winners = new HashSet<Long>();
		awards.forEach((award) -> winners.add(award.entrantId()));
		// every winner ranks at or above every non-winner
		int worstWinner = awards.stream().mapToInt(PrizeAward::rank).max().orElse(0);
		ranking.stream()
			.filter((r) -> !winners.contains(r.entrantId()))
			.forEach((r) -> assertThat(r.rank()).isGreaterThan(worstWinner));
		assertThat(awards.size()).isLessThanOrEqualTo(entrants.size());
		if (entrants.size() >= 6) {
			assertThat(awards.size()).isGreaterThanOrEqualTo(6);
		}
	}

	@Provide
	Arbitrary<List<ScoredEntrant>> entrants() {
		// few distinct values so that ties are frequent
		Arbitrary<BigDecimal> score = Arbitraries.integers().between(0, 4).map((i) -> BigDecimal.valueOf(i * 25L));
		Arbitrary<Instant> signUp = Arbitraries.integers().between(0, 2).map((i) -> Instant.EPOCH.plusSeconds(i));
		return Combinators.combine(score, score, signUp).as(Sample::new).list().ofMaxSize(25).map((samples) -> {
			List<ScoredEntrant> entrants = new ArrayList<>();
			for (int i = 0; i < samples.size(); i++) {
				var components = new EnumMap<ScoreComponent, BigDecimal>(ScoreComponent.class);
				components.put(ScoreComponent.JUDGES, samples.get(i).judges());
				entrants.add(new ScoredEntrant(i + 1, samples.get(i).signUp(), components, samples.get(i).total()));
			}
			return entrants;
		});
	}

	record Sample(BigDecimal total, BigDecimal judges, Instant signUp) {
	}

}
