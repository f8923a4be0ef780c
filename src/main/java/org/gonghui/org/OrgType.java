package org.gonghui.org;

/** Kinds of organisation in the union tree. */
public enum OrgType {

	/** 全国总工会 */
	NATIONAL_FEDERATION,
	/** 省总工会 */
	PROVINCIAL_FEDERATION,
	/** 市总工会 */
	CITY_FEDERATION,
	/** 县（区）总工会 */
	COUNTY_FEDERATION,
	/** 产业工会 */
	INDUSTRY_UNION,
	/** 基层工会 */
	GRASSROOTS_UNION;

	public boolean isFederation() {
		return this != INDUSTRY_UNION && this != GRASSROOTS_UNION;
	}

}
