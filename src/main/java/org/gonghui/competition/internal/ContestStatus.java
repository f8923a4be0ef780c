package org.gonghui.competition.internal;

/** Where a contest stands: taking sign-ups, running its rounds, or done. */
enum ContestStatus {

	SIGN_UP, RUNNING, COMPLETED

}
