package org.gonghui.gig;

/** What a gig's pay is counted in. */
public enum PayUnit {

	/** 按小时 */
	HOUR,
	/** 按天: checked as {@link MinimumWageRule#HOURS_PER_DAY} hours */
	DAY,
	/** 计件: checked through the employer's estimate of hourly earnings */
	PIECE

}
