package org.gonghui.gig.internal;

/**
 * Where a post stands: open for applications, hidden by staff, or closed by the employer.
 */
public enum PostStatus {

	OPEN, HIDDEN, CLOSED

}
