package org.gonghui.competition;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** A judges' scoring sheet (评分表): the criteria every judge scores for every entrant. */
public record ScoringSheet(List<Criterion> criteria) {

	public ScoringSheet {
		criteria = List.copyOf(criteria);
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("a scoring sheet needs at least one criterion");
		}
		var codes = new HashSet<String>();
		for (Criterion criterion : criteria) {
			if (!codes.add(criterion.code())) {
				throw new IllegalArgumentException("duplicate criterion " + criterion.code());
			}
		}
	}

	public static ScoringSheet of(Criterion... criteria) {
		return new ScoringSheet(List.of(criteria));
	}

	/** The most a judge can give one entrant: the sum of the criteria's maxima. */
	public int maxTotal() {
		return this.criteria.stream().mapToInt(Criterion::maxPoints).sum();
	}

	public Optional<Criterion> criterion(String code) {
		return this.criteria.stream().filter((c) -> c.code().equals(code)).findFirst();
	}

}
