package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One judge's scores for one entrant, as submitted. Immutable: once submitted a sheet is
 * locked (issue 4: "scores are locked once submitted"); corrections go through the chief
 * judge, not here.
 */
public record SubmittedScoreSheet(long judgeId, long entrantId, Map<String, BigDecimal> pointsByCriterion,
		BigDecimal total, Instant submittedAt) {

	public SubmittedScoreSheet {
		pointsByCriterion = Map.copyOf(pointsByCriterion);
		Objects.requireNonNull(total, "total");
		Objects.requireNonNull(submittedAt, "submittedAt");
	}

}
