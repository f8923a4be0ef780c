package org.gonghui.competition.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;
import org.gonghui.shared.db.OrgPaths;

/**
 * Keeps this module's copies of organisation paths (contests' organisers, entrants'
 * unions) current, in the mover's transaction so data scopes never see a half-moved
 * subtree.
 */
@Component
class ContestOrgPathFollower {

	private final JdbcClient jdbc;

	ContestOrgPathFollower(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		OrgPaths.rebase(this.jdbc, moved.oldPath(), moved.newPath(), "competition.contest", "competition.entry",
				"competition.entry_member");
	}

}
