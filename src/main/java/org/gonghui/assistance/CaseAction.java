package org.gonghui.assistance;

/** What a step in a hardship case's history did. */
public enum CaseAction {

	SUBMIT, VERIFY, OVERRIDE_CATEGORY, START_NOTICE, RAISE_OBJECTION, DISMISS_OBJECTION, UPHOLD_OBJECTION, APPROVE,
	ACTIVATE, REJECT, RECHECK, EXIT

}
