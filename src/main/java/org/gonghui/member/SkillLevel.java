package org.gonghui.member;

/** The five national vocational skill levels (国家职业资格五级), lowest first. */
public enum SkillLevel {

	/** 五级/初级工 */
	LEVEL_5,
	/** 四级/中级工 */
	LEVEL_4,
	/** 三级/高级工 */
	LEVEL_3,
	/** 二级/技师 */
	LEVEL_2,
	/** 一级/高级技师 */
	LEVEL_1

}
