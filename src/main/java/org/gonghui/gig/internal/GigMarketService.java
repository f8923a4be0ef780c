package org.gonghui.gig.internal;

import org.springframework.stereotype.Service;

import org.gonghui.gig.GigMarket;
import org.gonghui.gig.GigPostDraft;
import org.gonghui.gig.JobFairDraft;
import org.gonghui.gig.MinimumWage;
import org.gonghui.gig.PolicyArticleDraft;
import org.gonghui.gig.WorkerProfileDraft;

@Service
class GigMarketService implements GigMarket {

	private final MinimumWageBook minimumWages;

	private final GigPosts posts;

	private final WorkerProfiles profiles;

	private final Applications applications;

	private final JobFairs fairs;

	private final PolicyCorner policies;

	GigMarketService(MinimumWageBook minimumWages, GigPosts posts, WorkerProfiles profiles, Applications applications,
			JobFairs fairs, PolicyCorner policies) {
		this.minimumWages = minimumWages;
		this.posts = posts;
		this.profiles = profiles;
		this.applications = applications;
		this.fairs = fairs;
		this.policies = policies;
	}

	@Override
	public long enterMinimumWage(MinimumWage standard) {
		return this.minimumWages.enter(standard);
	}

	@Override
	public long post(long employerAccountId, GigPostDraft draft) {
		return this.posts.post(employerAccountId, draft).id();
	}

	@Override
	public void saveProfile(long workerAccountId, WorkerProfileDraft draft) {
		this.profiles.save(workerAccountId, draft);
	}

	@Override
	public long apply(long workerAccountId, long postId) {
		return this.applications.apply(workerAccountId, postId);
	}

	@Override
	public void offer(long employerAccountId, long applicationId) {
		this.applications.offer(employerAccountId, applicationId);
	}

	@Override
	public void accept(long workerAccountId, long applicationId) {
		this.applications.accept(workerAccountId, applicationId);
	}

	@Override
	public void rate(long accountId, long applicationId, boolean byEmployer, int stars, String comment) {
		this.applications.rate(accountId, applicationId, byEmployer, stars, comment);
	}

	@Override
	public long createFair(JobFairDraft draft) {
		return this.fairs.create(null, draft);
	}

	@Override
	public long publishArticle(PolicyArticleDraft draft) {
		return this.policies.publish(draft);
	}

}
