package org.gonghui.member.internal;

/** Where an import job stands; only SUCCEEDED has entered any member. */
public enum MemberImportStatus {

	/** 排队中 */
	PENDING,
	/** 正在校验: every row is checked before anything is written */
	VALIDATING,
	/** 正在导入 */
	IMPORTING,
	/** 导入成功 */
	SUCCEEDED,
	/** 导入失败: nothing was imported */
	FAILED;

	public boolean finished() {
		return this == SUCCEEDED || this == FAILED;
	}

}
