package org.gonghui.site;

/** Whether a site serves the public: only active sites appear on the public map. */
public enum SiteStatus {

	/** 正常开放 */
	ACTIVE,
	/** 暂停服务: renovation, staff shortage; kept with its history */
	SUSPENDED,
	/** 已撤销 */
	CLOSED

}
