package org.gonghui.gig;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.gig.RankedCandidate.ScorePart;
import org.gonghui.gig.RankingWeights.Criterion;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.geo.GeoPoint;

/**
 * Orders the candidates for a job, best first, each with a score from 0 to 100 and its
 * parts:
 * <ul>
 * <li>trade: full points if the job's trade is on the worker's profile, else none;</li>
 * <li>skill: full points at or above the required level (or when none is required), half
 * a level below, none two or more below; an uncertified worker counts as one level below
 * 五级;</li>
 * <li>distance: full points within {@code fullPointsKm}, falling linearly to none at
 * {@code zeroPointsKm}; none if the worker's location is unknown;</li>
 * <li>availability: the share of the job's time window the worker's availability
 * covers;</li>
 * <li>rating: the average stars shrunk towards the prior (a Bayesian average), mapped
 * from 1–5 stars to 0–1, so a new worker starts at the prior, neither first nor
 * last.</li>
 * </ul>
 * Ties on the score go to the nearer worker, then the one with more ratings, then the
 * lower worker ID, so the same inputs always give the same order.
 */
public final class CandidateRanking {

	private final RankingWeights weights;

	public CandidateRanking(RankingWeights weights) {
		this.weights = weights;
	}

	public CandidateRanking() {
		this(RankingWeights.DEFAULT);
	}

	public List<RankedCandidate> rank(JobRequirements job, List<Candidate> candidates) {
		record Scored(RankedCandidate ranked, Candidate candidate) {
		}
		List<Scored> scored = new ArrayList<>();
		for (Candidate candidate : candidates) {
			scored.add(new Scored(score(job, candidate), candidate));
		}
		scored.sort(Comparator.comparingInt((Scored s) -> s.ranked().score())
			.reversed()
			.thenComparingDouble(s -> s.ranked().distanceKm() == null ? Double.MAX_VALUE : s.ranked().distanceKm())
			.thenComparing(Comparator.comparingInt((Scored s) -> s.candidate().ratings().count()).reversed())
			.thenComparingLong(s -> s.ranked().workerId()));
		return scored.stream().map(Scored::ranked).toList();
	}

	public RankedCandidate score(JobRequirements job, Candidate candidate) {
		@Nullable Double distanceKm = candidate.location() == null ? null : distanceKm(candidate.location(), job.place());
		double covered = coveredShare(job.window(), candidate.availability());
		double shrunk = shrunkRating(candidate.ratings());
		List<ScorePart> parts = List.of(part(Criterion.TRADE, candidate.trades().contains(job.trade()) ? 1 : 0),
				part(Criterion.SKILL, skillFraction(job.requiredLevel(), candidate.skillLevel())),
				part(Criterion.DISTANCE, distanceKm == null ? 0 : distanceFraction(distanceKm)),
				part(Criterion.AVAILABILITY, covered), part(Criterion.RATING, (shrunk - 1) / 4));
		int score = parts.stream().mapToInt(ScorePart::points).sum();
		return new RankedCandidate(candidate.workerId(), score, parts, distanceKm, covered, shrunk);
	}

	private ScorePart part(Criterion criterion, double fraction) {
		int max = this.weights.pointsFor(criterion);
		double clamped = Math.max(0, Math.min(1, fraction));
		return new ScorePart(criterion, (int) Math.round(max * clamped), max, clamped);
	}

	private static double distanceKm(GeoPoint from, GeoPoint to) {
		return Math.round(from.distanceTo(to) / 100.0) / 10.0;
	}

	private double distanceFraction(double km) {
		double full = this.weights.fullPointsKm();
		double zero = this.weights.zeroPointsKm();
		return km <= full ? 1 : Math.max(0, (zero - km) / (zero - full));
	}

	static double skillFraction(@Nullable SkillLevel required, @Nullable SkillLevel actual) {
		if (required == null) {
			return 1;
		}
		// SkillLevel lists LEVEL_5 (初级) first; uncertified sits one step below it
		int rank = actual == null ? -1 : actual.ordinal();
		int levelsShort = required.ordinal() - rank;
		return levelsShort <= 0 ? 1 : levelsShort == 1 ? 0.5 : 0;
	}

	static double coveredShare(TimeWindow job, List<TimeWindow> availability) {
		List<TimeWindow> clipped = new ArrayList<>();
		for (TimeWindow w : availability) {
			LocalDateTime start = w.start().isAfter(job.start()) ? w.start() : job.start();
			LocalDateTime end = w.end().isBefore(job.end()) ? w.end() : job.end();
			if (end.isAfter(start)) {
				clipped.add(new TimeWindow(start, end));
			}
		}
		clipped.sort(Comparator.comparing(TimeWindow::start));
		Duration covered = Duration.ZERO;
		LocalDateTime reached = job.start();
		for (TimeWindow w : clipped) {
			LocalDateTime start = w.start().isAfter(reached) ? w.start() : reached;
			if (w.end().isAfter(start)) {
				covered = covered.plus(Duration.between(start, w.end()));
				reached = w.end();
			}
		}
		return (double) covered.toSeconds() / job.length().toSeconds();
	}

	private double shrunkRating(RatingSummary ratings) {
		double prior = this.weights.priorStars();
		int weight = this.weights.priorRatings();
		if (weight + ratings.count() == 0) {
			return prior;
		}
		return (prior * weight + ratings.totalStars()) / (weight + ratings.count());
	}

}
