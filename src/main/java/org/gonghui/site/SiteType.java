package org.gonghui.site;

/**
 * Kinds of service site named by the unions' own reports. One place may be several kinds
 * (the Taishan station is both an outdoor-worker station and a gig-market station), so a
 * site holds a set of these.
 */
public enum SiteType {

	/** 职工之家 */
	WORKER_HOME("职工之家"),
	/** 户外劳动者服务站点: rest places for sanitation workers, couriers and delivery riders */
	OUTDOOR_WORKER_STATION("户外劳动者服务站点"),
	/** 爱心驿站 */
	CARE_STATION("爱心驿站"),
	/** 劳动者港湾 */
	WORKERS_HARBOUR("劳动者港湾"),
	/** 职工书屋 */
	READING_ROOM("职工书屋"),
	/** 司机之家 */
	DRIVERS_HOME("司机之家"),
	/** 工人文化宫: Hubei aims at one in every city, prefecture and county by 2027 */
	CULTURAL_PALACE("工人文化宫"),
	/** 边境服务中心（站） */
	BORDER_SERVICE_CENTRE("边境服务中心"),
	/** 零工市场 */
	GIG_MARKET_STATION("零工市场"),
	/** 心理驿站 */
	PSYCHOLOGICAL_HELP_POINT("心理驿站"),
	/** 爱心超市 */
	LOVE_SUPERMARKET("爱心超市");

	private final String chineseName;

	SiteType(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return this.chineseName;
	}

	/**
	 * The rest places for outdoor workers, which the "find a place to rest" search covers
	 * together.
	 */
	public boolean isRestPlaceForOutdoorWorkers() {
		return this == OUTDOOR_WORKER_STATION || this == CARE_STATION || this == WORKERS_HARBOUR;
	}

}
