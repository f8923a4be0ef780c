package org.gonghui.competition;

/**
 * The parts a round's score is made of; each is normalised to 0..100 before weighting.
 */
public enum ScoreComponent {

	/** 网络投票: votes / most votes in the round × 100. */
	ONLINE_VOTE,
	/** 评委评分: (trimmed) average judge total / sheet maximum × 100. */
	JUDGES,
	/** 客观题/理论考试: score / full marks × 100. */
	OBJECTIVE_SCORE,
	/** 计时项目, lower is better: best time in the round / own time × 100. */
	OBJECTIVE_TIME

}
