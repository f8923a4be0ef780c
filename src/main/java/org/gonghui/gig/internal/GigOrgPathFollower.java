package org.gonghui.gig.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrganisationMoved;

/**
 * Keeps the managing union's path on posts, reports, blocks and fairs current, in the
 * mover's transaction.
 */
@Component
class GigOrgPathFollower {

	private final PostRepository posts;

	GigOrgPathFollower(PostRepository posts) {
		this.posts = posts;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		this.posts.rebase(moved.oldPath(), moved.newPath());
	}

}
