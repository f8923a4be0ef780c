package org.gonghui.member;

/** A member's standing in their union. */
public enum MemberStatus {

	/** 在册 */
	ACTIVE,
	/** 已转出 */
	TRANSFERRED_OUT,
	/** 已退会 */
	LEFT

}
