package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gonghui.competition.internal.Normalisation;
import org.jspecify.annotations.Nullable;

/**
 * How a round is scored: component weights in whole percent summing to 100 (e.g.
 * preliminary: vote 30 + judges 70), the judges' sheet, the objective test's full marks,
 * from how many judges the extremes are dropped, and the tie-break order.
 *
 * <p>
 * Normalisation to 0..100, each rounded once to 2 decimals HALF_UP from an exact
 * quotient:
 * <ul>
 * <li>JUDGES: sum of kept totals × 100 / (kept count × sheet maximum); with at least
 * {@code trimFromJudges} totals for the entrant the one highest and one lowest are not
 * kept;</li>
 * <li>ONLINE_VOTE: votes × 100 / most votes of any entrant in the round (0 if nobody has
 * a vote);</li>
 * <li>OBJECTIVE_SCORE: score × 100 / full marks;</li>
 * <li>OBJECTIVE_TIME: best (shortest) time in the round × 100 / own time, in
 * milliseconds; no time (did not finish) is 0.</li>
 * </ul>
 * Total: Σ weight × component / 100, rounded once to 2 decimals HALF_UP from the rounded
 * components.
 */
public record RoundScoring(Map<ScoreComponent, Integer> weights, @Nullable ScoringSheet sheet,
		@Nullable BigDecimal objectiveFullMarks, int trimFromJudges, List<TieBreaker> tieBreakers) {

	/**
	 * Dropping the highest and lowest of five judges is common practice (RULES.md "Skill
	 * contests").
	 */
	public static final int DEFAULT_TRIM_FROM_JUDGES = 5;

	public RoundScoring {
		var positive = new EnumMap<ScoreComponent, Integer>(ScoreComponent.class);
		int sum = 0;
		for (var weight : weights.entrySet()) {
			if (weight.getValue() < 0 || weight.getValue() > 100) {
				throw new ContestRuleException("round.weight-out-of-range");
			}
			if (weight.getValue() > 0) {
				positive.put(weight.getKey(), weight.getValue());
			}
			sum += weight.getValue();
		}
		if (sum != 100) {
			throw new ContestRuleException("round.weights-not-100", sum);
		}
		weights = Map.copyOf(positive);
		if (positive.containsKey(ScoreComponent.JUDGES) && sheet == null) {
			throw new ContestRuleException("round.sheet-missing");
		}
		if (positive.containsKey(ScoreComponent.OBJECTIVE_SCORE)
				&& (objectiveFullMarks == null || objectiveFullMarks.signum() <= 0)) {
			throw new ContestRuleException("round.full-marks-missing");
		}
		if (trimFromJudges != 0 && trimFromJudges < 3) {
			throw new IllegalArgumentException("dropping two extremes needs at least 3 judges (or 0 for never)");
		}
		tieBreakers = List.copyOf(tieBreakers);
	}

	/** Starts a round with these weights, trimming from 5 judges and no tie-breakers. */
	public static Builder weighted(Map<ScoreComponent, Integer> weights) {
		return new Builder(weights);
	}

	/** 0 never drops extremes. */
	public RoundScoring withTrimFromJudges(int judges) {
		return new RoundScoring(this.weights, this.sheet, this.objectiveFullMarks, judges, this.tieBreakers);
	}

	public RoundScoring withTieBreakers(TieBreaker... order) {
		return new RoundScoring(this.weights, this.sheet, this.objectiveFullMarks, this.trimFromJudges, List.of(order));
	}

	/** Normalises and weights every entrant's performance, in the order given. */
	public List<ScoredEntrant> score(List<Performance> performances) {
		long mostVotes = performances.stream().mapToLong(Performance::votes).max().orElse(0);
		long bestMillis = performances.stream()
			.map(Performance::objectiveTime)
			.filter(Objects::nonNull)
			.mapToLong(Duration::toMillis)
			.min()
			.orElse(0);
		List<ScoredEntrant> scored = new ArrayList<>(performances.size());
		for (Performance performance : performances) {
			var components = new EnumMap<ScoreComponent, BigDecimal>(ScoreComponent.class);
			List<Integer> weightList = new ArrayList<>();
			List<BigDecimal> componentList = new ArrayList<>();
			for (ScoreComponent component : ScoreComponent.values()) {
				Integer weight = this.weights.get(component);
				if (weight == null) {
					continue;
				}
				BigDecimal value = normalise(component, performance, mostVotes, bestMillis);
				components.put(component, value);
				weightList.add(weight);
				componentList.add(value);
			}
			scored.add(new ScoredEntrant(performance.entrantId(), performance.signedUpAt(), components,
					Normalisation.weighted(weightList, componentList)));
		}
		return scored;
	}

	/** {@link #score} then {@link Ranking#rank} with this round's tie-breakers. */
	public List<RankedEntrant> rank(List<Performance> performances) {
		return Ranking.rank(score(performances), this.tieBreakers);
	}

	private BigDecimal normalise(ScoreComponent component, Performance performance, long mostVotes, long bestMillis) {
		return switch (component) {
			case JUDGES -> Normalisation.judges(performance.judgeTotals(), this.trimFromJudges,
					Objects.requireNonNull(this.sheet).maxTotal());
			case ONLINE_VOTE ->
				Normalisation.percentOf(BigDecimal.valueOf(performance.votes()), BigDecimal.valueOf(mostVotes));
			case OBJECTIVE_SCORE -> objectiveScore(performance.objectiveScore());
			case OBJECTIVE_TIME -> {
				Duration time = performance.objectiveTime();
				yield (time == null) ? BigDecimal.ZERO.setScale(Normalisation.SCALE)
						: Normalisation.percentOf(BigDecimal.valueOf(bestMillis), BigDecimal.valueOf(time.toMillis()));
			}
		};
	}

	private BigDecimal objectiveScore(@Nullable BigDecimal score) {
		BigDecimal fullMarks = Objects.requireNonNull(this.objectiveFullMarks);
		if (score == null) {
			return BigDecimal.ZERO.setScale(Normalisation.SCALE);
		}
		if (score.compareTo(fullMarks) > 0) {
			throw new ContestRuleException("round.objective-above-full-marks", score, fullMarks);
		}
		return Normalisation.percentOf(score, fullMarks);
	}

	/** Collects a round's settings; {@link #build()} checks them together. */
	public static final class Builder {

		private final Map<ScoreComponent, Integer> weights;

		private @Nullable ScoringSheet sheet;

		private @Nullable BigDecimal objectiveFullMarks;

		private int trimFromJudges = DEFAULT_TRIM_FROM_JUDGES;

		private List<TieBreaker> tieBreakers = List.of();

		private Builder(Map<ScoreComponent, Integer> weights) {
			this.weights = Map.copyOf(weights);
		}

		public Builder sheet(ScoringSheet sheet) {
			this.sheet = sheet;
			return this;
		}

		public Builder objectiveFullMarks(BigDecimal fullMarks) {
			this.objectiveFullMarks = fullMarks;
			return this;
		}

		/** 0 never drops extremes. */
		public Builder trimFromJudges(int judges) {
			this.trimFromJudges = judges;
			return this;
		}

		public Builder tieBreakers(TieBreaker... order) {
			this.tieBreakers = List.of(order);
			return this;
		}

		public RoundScoring build() {
			return new RoundScoring(this.weights, this.sheet, this.objectiveFullMarks, this.trimFromJudges,
					this.tieBreakers);
		}

	}

}
