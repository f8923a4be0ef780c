package org.gonghui.competition;

import java.util.Objects;

/** A prize class (奖项) such as 一等奖 with how many may receive it. */
public record PrizeClass(String code, String name, int quota) {

	public PrizeClass {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		if (quota <= 0) {
			throw new IllegalArgumentException("prize quota must be positive");
		}
	}

}
