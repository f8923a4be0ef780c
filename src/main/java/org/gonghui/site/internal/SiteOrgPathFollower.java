package org.gonghui.site.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;

/**
 * Keeps each site's copy of its organisation's path current, in the mover's transaction.
 */
@Component
class SiteOrgPathFollower {

	private final SiteRepository sites;

	SiteOrgPathFollower(SiteRepository sites) {
		this.sites = sites;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		this.sites.rebase(moved.oldPath(), moved.newPath());
	}

}
