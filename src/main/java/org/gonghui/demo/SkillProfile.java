package org.gonghui.demo;

import java.util.SplittableRandom;

import org.gonghui.member.SkillLevel;
import org.jspecify.annotations.Nullable;

/**
 * How often an occupation's workers hold each national skill level: trades certify often,
 * professionals (teachers, nurses) carry professional titles instead, clerks rarely
 * either.
 */
enum SkillProfile {

	// weights: none, LEVEL_5, LEVEL_4, LEVEL_3, LEVEL_2, LEVEL_1
	TRADE(30, 22, 24, 16, 6, 2), SERVICE(60, 20, 13, 6, 1, 0), PROFESSIONAL(92, 0, 4, 3, 1, 0), NONE(1, 0, 0, 0, 0, 0);

	private static final SkillLevel[] LEVELS = { SkillLevel.LEVEL_5, SkillLevel.LEVEL_4, SkillLevel.LEVEL_3,
			SkillLevel.LEVEL_2, SkillLevel.LEVEL_1 };

	private final int[] weights;

	SkillProfile(int... weights) {
		this.weights = weights;
	}

	@Nullable SkillLevel draw(SplittableRandom random) {
		int index = Pick.weighted(random, this.weights);
		return index == 0 ? null : LEVELS[index - 1];
	}

}
