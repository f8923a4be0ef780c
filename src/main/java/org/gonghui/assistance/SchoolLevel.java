package org.gonghui.assistance;

/**
 * School levels for student aid (金秋助学), every school age from kindergarten to
 * postgraduate: the source reports aid "extended to students of every school age".
 */
public enum SchoolLevel {

	PRESCHOOL, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY,
	/** 中等职业学校 (secondary vocational). */
	VOCATIONAL,
	/** 高职 / 大专 (higher vocational, junior college). */
	JUNIOR_COLLEGE, UNIVERSITY_UNDERGRADUATE, POSTGRADUATE

}
