package org.gonghui.mutualaid;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;

/**
 * What other modules (and the demo data) may ask of mutual aid. These calls act on the
 * system's behalf: the rules apply (terms, enrol once per plan-year, the yearly cap, pay
 * once), the caller's data scope does not.
 */
public interface MutualAid {

	/** Creates a plan kept by the federation {@code orgId}; returns its id. */
	long createPlan(long orgId, String name, PlanKind kind, @Nullable String description);

	/** Sets (or replaces) the plan's terms for {@code year}. */
	void setTerms(long planId, int year, PlanTerms terms);

	/**
	 * Enrols the active members of the organisation's subtree in the plan for the year,
	 * skipping those already enrolled; returns how many were enrolled.
	 */
	int enrolRoster(long planId, int year, long orgId);

	/** Files a claim; returns its id. The payable amount is computed from the terms. */
	long fileClaim(NewClaim claim);

	/** Approves the claim at the amount recomputed under the yearly-cap lock. */
	Money approve(long claimId);

	void reject(long claimId, String reason);

	/** Records the payout of an approved claim, once. */
	void pay(long claimId, @Nullable String reference);

	/** The ids of the plans kept by the organisation. */
	List<Long> plansOf(long orgId);

}
