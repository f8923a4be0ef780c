package org.gonghui.assistance;

import java.time.Instant;

/**
 * One entry of a hardship case's history: who did what, in which role, when, with which
 * note.
 */
public record CaseStep(CaseAction action, long actorAccountId, String actorName, org.gonghui.shared.security.Role role,
		Instant at, HardshipCaseStatus from, HardshipCaseStatus to, String note) {

	static CaseStep of(CaseAction action, Actor actor, Instant at, HardshipCaseStatus from, HardshipCaseStatus to,
			String note) {
		return new CaseStep(action, actor.accountId(), actor.displayName(), actor.role(), at, from, to, note);
	}

}
