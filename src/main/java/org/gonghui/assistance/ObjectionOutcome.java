package org.gonghui.assistance;

/** What an upheld objection does to the case. */
public enum ObjectionOutcome {

	/** Back to the grassroots union to verify again (the case returns to SUBMITTED). */
	RETURN_FOR_VERIFICATION,
	/** The objection shows the household does not qualify. */
	REJECT

}
