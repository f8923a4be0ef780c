package org.gonghui.gig.internal;

/**
 * An application's way: the worker applies, the employer offers, the worker accepts or
 * declines; the worker may withdraw before accepting.
 */
public enum ApplicationStatus {

	APPLIED, OFFERED, ACCEPTED, DECLINED, WITHDRAWN

}
