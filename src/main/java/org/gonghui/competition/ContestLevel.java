package org.gonghui.competition;

/** How high a contest is run, from one enterprise up to the whole country. */
public enum ContestLevel {

	/** 企业级 */
	ENTERPRISE,
	/** 县（区）级 */
	COUNTY,
	/** 市级 */
	CITY,
	/** 省级 */
	PROVINCIAL,
	/** 全国 */
	NATIONAL

}
