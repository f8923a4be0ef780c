package org.gonghui.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * An entrant's normalised components (0..100, scale 2) and weighted total (scale 2), as
 * published next to the ranking.
 */
public record ScoredEntrant(long entrantId, Instant signedUpAt, Map<ScoreComponent, BigDecimal> components,
		BigDecimal total) {

	public ScoredEntrant {
		components = components.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(components));
	}

	/** The component's normalised score, 0 if the round has no such component. */
	public BigDecimal component(ScoreComponent component) {
		return this.components.getOrDefault(component, BigDecimal.ZERO.setScale(2));
	}

}
