package org.gonghui.site;

/**
 * What a site offers a worker who walks in: the facilities the unions' reports name for
 * outdoor-worker stations (seats, air conditioning, water, microwave, charging, medicine,
 * toilets) and the common extras, so the search can ask for "water and a microwave".
 */
public enum Facility {

	/** 座椅 */
	SEATS("座椅"),
	/** 空调 */
	AIR_CONDITIONING("空调"),
	/** 饮用水 */
	DRINKING_WATER("饮用水"),
	/** 微波炉 */
	MICROWAVE("微波炉"),
	/** 手机充电 */
	PHONE_CHARGING("手机充电"),
	/** 卫生间 */
	TOILET("卫生间"),
	/** 急救药箱 */
	FIRST_AID_KIT("急救药箱"),
	/** 无线网络 */
	WIFI("无线网络"),
	/** 储物柜 */
	LOCKERS("储物柜"),
	/** 电动车充电 */
	E_BIKE_CHARGING("电动车充电"),
	/** 书报 */
	BOOKS("书报"),
	/** 热水 */
	HOT_WATER("热水"),
	/** 冰箱 */
	REFRIGERATOR("冰箱"),
	/** 母婴室 */
	NURSING_ROOM("母婴室"),
	/** 无障碍设施 */
	ACCESSIBLE("无障碍设施");

	private final String chineseName;

	Facility(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

}
