package org.gonghui.assistance;

/**
 * Whether the student's household holds an active hardship file or is in hardship without
 * one.
 */
public enum StudentHouseholdType {

	/** 建档困难职工家庭. */
	FILED_HARDSHIP,
	/** 其他困难家庭. */
	OTHER_HARDSHIP

}
