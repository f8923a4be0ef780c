package org.gonghui.assistance;

/** Where a hardship file stands on its review path. */
public enum HardshipCaseStatus {

	/** Applied for, awaiting grassroots verification. */
	SUBMITTED,
	/** Verified by the grassroots union with a home visit. */
	VERIFIED,
	/** On public notice (公示); objections may be raised. */
	IN_NOTICE,
	/** Approved by the federation. */
	APPROVED,
	/** A live file: the household receives help and is re-checked yearly. */
	ACTIVE,
	/** Refused at a review step. */
	REJECTED,
	/** The household left hardship (解困脱困); the history stays. */
	EXITED;

	public boolean isUnderReview() {
		return this == SUBMITTED || this == VERIFIED || this == IN_NOTICE;
	}

}
