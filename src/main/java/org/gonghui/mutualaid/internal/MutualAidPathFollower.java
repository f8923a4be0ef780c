package org.gonghui.mutualaid.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;

/**
 * Keeps this module's copies of organisation paths current, in the mover's transaction.
 */
@Component
class MutualAidPathFollower {

	private final Plans plans;

	MutualAidPathFollower(Plans plans) {
		this.plans = plans;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		this.plans.rebase(moved.oldPath(), moved.newPath());
	}

}
