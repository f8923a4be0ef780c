package org.gonghui.competition;

import java.util.Objects;

/**
 * One line of a judges' scoring sheet (评分项), e.g. 按压深度, worth at most {@code maxPoints}.
 */
public record Criterion(String code, String name, int maxPoints) {

	public Criterion {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		if (code.isBlank()) {
			throw new IllegalArgumentException("criterion code is blank");
		}
		if (maxPoints <= 0) {
			throw new IllegalArgumentException("criterion " + code + " must be worth more than 0 points");
		}
	}

}
