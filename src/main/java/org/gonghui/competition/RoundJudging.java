package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The judging of one round: which judges score which entrants against which sheet, and
 * the sheets they have submitted. Guards the rules of issue 4: every criterion scored
 * within 0..max, no judge scores an entrant from their own employer, and a submitted
 * sheet is never replaced.
 */
public final class RoundJudging {

	/** Half points are common on contest sheets; finer fractions are typing mistakes. */
	static final int MAX_POINT_DECIMALS = 2;

	private final ScoringSheet sheet;

	private final Map<Long, Judge> judges = new LinkedHashMap<>();

	private final Map<Long, Entrant> entrants = new LinkedHashMap<>();

	private final Map<Key, SubmittedScoreSheet> submitted = new LinkedHashMap<>();

	public RoundJudging(ScoringSheet sheet, Collection<Judge> judges, Collection<Entrant> entrants) {
		this.sheet = sheet;
		judges.forEach((judge) -> this.judges.put(judge.judgeId(), judge));
		entrants.forEach((entrant) -> this.entrants.put(entrant.entrantId(), entrant));
	}

	public ScoringSheet sheet() {
		return this.sheet;
	}

	/**
	 * Whether {@code judgeId} may score {@code entrantId} at all (assigned and without
	 * conflict).
	 */
	public boolean mayScore(long judgeId, long entrantId) {
		Judge judge = this.judges.get(judgeId);
		Entrant entrant = this.entrants.get(entrantId);
		return judge != null && entrant != null && !judge.conflictsWith(entrant);
	}

	/**
	 * Submits and locks a judge's sheet for an entrant.
	 * @throws ContestRuleException {@code judging.not-assigned},
	 * {@code judging.unknown-entrant}, {@code judging.conflict-of-interest},
	 * {@code judging.already-submitted}, {@code judging.criterion-missing},
	 * {@code judging.criterion-unknown}, {@code judging.points-out-of-range},
	 * {@code judging.points-precision}
	 */
	public SubmittedScoreSheet submit(long judgeId, long entrantId, Map<String, BigDecimal> pointsByCriterion,
			Instant submittedAt) {
		Judge judge = this.judges.get(judgeId);
		if (judge == null) {
			throw new ContestRuleException("judging.not-assigned");
		}
		Entrant entrant = this.entrants.get(entrantId);
		if (entrant == null) {
			throw new ContestRuleException("judging.unknown-entrant");
		}
		if (judge.conflictsWith(entrant)) {
			throw new ContestRuleException("judging.conflict-of-interest");
		}
		Key key = new Key(judgeId, entrantId);
		if (this.submitted.containsKey(key)) {
			throw new ContestRuleException("judging.already-submitted");
		}
		BigDecimal total = checkedTotal(pointsByCriterion);
		var sheet = new SubmittedScoreSheet(judgeId, entrantId, pointsByCriterion, total, submittedAt);
		this.submitted.put(key, sheet);
		return sheet;
	}

	private BigDecimal checkedTotal(Map<String, BigDecimal> pointsByCriterion) {
		for (String code : pointsByCriterion.keySet()) {
			if (this.sheet.criterion(code).isEmpty()) {
				throw new ContestRuleException("judging.criterion-unknown", code);
			}
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Criterion criterion : this.sheet.criteria()) {
			BigDecimal points = pointsByCriterion.get(criterion.code());
			if (points == null) {
				throw new ContestRuleException("judging.criterion-missing", criterion.name());
			}
			if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(criterion.maxPoints())) > 0) {
				throw new ContestRuleException("judging.points-out-of-range", criterion.name(), criterion.maxPoints());
			}
			if (points.stripTrailingZeros().scale() > MAX_POINT_DECIMALS) {
				throw new ContestRuleException("judging.points-precision", criterion.name());
			}
			total = total.add(points);
		}
		return total;
	}

	public Optional<SubmittedScoreSheet> submitted(long judgeId, long entrantId) {
		return Optional.ofNullable(this.submitted.get(new Key(judgeId, entrantId)));
	}

	/** The submitted totals for an entrant, in submission order. */
	public List<BigDecimal> totalsFor(long entrantId) {
		List<BigDecimal> totals = new ArrayList<>();
		for (SubmittedScoreSheet sheet : this.submitted.values()) {
			if (sheet.entrantId() == entrantId) {
				totals.add(sheet.total());
			}
		}
		return totals;
	}

	/**
	 * Whether every judge has submitted for every entrant they may score: the chief
	 * judge's precondition.
	 */
	public boolean isComplete() {
		for (Judge judge : this.judges.values()) {
			for (Entrant entrant : this.entrants.values()) {
				if (!judge.conflictsWith(entrant)
						&& !this.submitted.containsKey(new Key(judge.judgeId(), entrant.entrantId()))) {
					return false;
				}
			}
		}
		return true;
	}

	private record Key(long judgeId, long entrantId) {
	}

}
