package org.gonghui.competition;

/** Whether a contest takes individuals or teams (a team enters under its captain). */
public enum EntryKind {

	INDIVIDUAL, TEAM

}
