package org.gonghui.competition.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;

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
		for (String table : new String[] { "competition.contest", "competition.entry" }) {
			this.jdbc.sql("update " + table + " " + """
					set org_path = subpath(cast(:newPath as ltree), 0, nlevel(cast(:newPath as ltree)) - 1)
					         || subpath(org_path, nlevel(cast(:oldPath as ltree)) - 1)
					where org_path <@ cast(:oldPath as ltree)""")
				.param("oldPath", moved.oldPath())
				.param("newPath", moved.newPath())
				.update();
		}
	}

}
