package org.gonghui.gig;

/**
 * What other modules (and the demo data) may do in the gig market. Each call acts for the
 * account named, under the same rules as the web pages and the API.
 */
public interface GigMarket {

	/** Enters a region's minimum wage from a date on; returns its id. */
	long enterMinimumWage(MinimumWage standard);

	/**
	 * Publishes a job for the employer account.
	 * @throws org.gonghui.shared.web.GonghuiException if the pay is below the minimum
	 * wage, the employer is blocked, or an instant-hire expiry is out of bounds
	 */
	long post(long employerAccountId, GigPostDraft draft);

	void saveProfile(long workerAccountId, WorkerProfileDraft draft);

	/** The worker applies for the post; returns the application id. */
	long apply(long workerAccountId, long postId);

	void offer(long employerAccountId, long applicationId);

	void accept(long workerAccountId, long applicationId);

	/** A rating after the work; {@code byEmployer} says which side rates the other. */
	void rate(long accountId, long applicationId, boolean byEmployer, int stars, String comment);

	long createFair(JobFairDraft draft);

	long publishArticle(PolicyArticleDraft draft);

}
