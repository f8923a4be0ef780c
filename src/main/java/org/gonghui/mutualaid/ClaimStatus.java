package org.gonghui.mutualaid;

/**
 * Where a claim stands: submitted, then approved (its amount counted against the yearly
 * cap) or rejected with a reason; an approved claim is paid once.
 */
public enum ClaimStatus {

	SUBMITTED, APPROVED, REJECTED, PAID

}
