package org.gonghui.competition.internal.voting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;

/** Keeps each ballot's organiser path current, in the mover's transaction. */
@Component
class BallotOrgPathFollower {

	private final BallotRepository ballots;

	BallotOrgPathFollower(BallotRepository ballots) {
		this.ballots = ballots;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		this.ballots.rebase(moved.oldPath(), moved.newPath());
	}

}
