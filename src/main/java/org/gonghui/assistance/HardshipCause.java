package org.gonghui.assistance;

/** Why a household is in hardship, as the applicant states it (致困原因). */
public enum HardshipCause {

	ILLNESS, DISABILITY, ACCIDENT, UNEMPLOYMENT, SCHOOLING, SINGLE_PARENT, DISASTER, OTHER

}
