package org.gonghui.assistance;

/**
 * Why a file was closed (解困脱困): 随时脱困随时撤档, as soon as the household is out of hardship.
 */
public enum ExitReason {

	INCOME_ABOVE_THRESHOLD, ON_REVIEW, OTHER

}
