package org.gonghui.org;

/** An employer's ownership (经济类型). */
public enum Ownership {

	/** 国有 */
	STATE_OWNED,
	/** 集体 */
	COLLECTIVE,
	/** 非公有制 */
	NON_PUBLIC,
	/** 外商及港澳台投资 */
	FOREIGN_INVESTED,
	/** 事业单位 */
	PUBLIC_INSTITUTION,
	/** 机关 */
	GOVERNMENT_BODY,
	/** 社会组织 */
	SOCIAL_ORGANISATION

}
