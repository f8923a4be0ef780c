package org.gonghui.member.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;

/**
 * Keeps this module's copy of each union's path current. It runs in the mover's
 * transaction, so data scopes never see a half-moved subtree.
 */
@Component
class OrgPathFollower {

	private final MemberRepository members;

	OrgPathFollower(MemberRepository members) {
		this.members = members;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		this.members.rebase(moved.oldPath(), moved.newPath());
	}

}
