package org.gonghui.assistance.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;

/**
 * Keeps this module's copies of union paths current, in the mover's transaction, so data
 * scopes never see a half-moved subtree.
 */
@Component
class AssistanceOrgPathFollower {

	private final HardshipCaseRepository cases;

	AssistanceOrgPathFollower(HardshipCaseRepository cases) {
		this.cases = cases;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		this.cases.rebase(moved.oldPath(), moved.newPath());
	}

}
