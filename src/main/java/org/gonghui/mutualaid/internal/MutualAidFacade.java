package org.gonghui.mutualaid.internal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.member.MemberDirectory;
import org.gonghui.mutualaid.MutualAid;
import org.gonghui.mutualaid.NewClaim;
import org.gonghui.mutualaid.PlanKind;
import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

@Service
class MutualAidFacade implements MutualAid {

	private final PlanService plans;

	private final EnrolmentService enrolments;

	private final ClaimService claims;

	private final MemberDirectory members;

	private final OrgDirectory orgs;

	MutualAidFacade(PlanService plans, EnrolmentService enrolments, ClaimService claims, MemberDirectory members,
			OrgDirectory orgs) {
		this.plans = plans;
		this.enrolments = enrolments;
		this.claims = claims;
		this.members = members;
		this.orgs = orgs;
	}

	@Override
	public long createPlan(long orgId, String name, PlanKind kind, @Nullable String description) {
		return this.plans.create(orgId, name, kind, description);
	}

	@Override
	public void setTerms(long planId, int year, PlanTerms terms) {
		this.plans.setTerms(this.plans.plan(planId), year, terms);
	}

	@Override
	@Transactional
	public int enrolRoster(long planId, int year, long orgId) {
		return this.enrolments
			.enrolRoster(this.plans.plan(planId), year, this.orgs.find(orgId).orElseThrow(GonghuiException::notFound),
					LocalDate.of(year, 1, 1))
			.enrolled();
	}

	@Override
	public long fileClaim(NewClaim claim) {
		return this.claims.file(this.members.find(claim.memberId()).orElseThrow(GonghuiException::notFound), claim)
			.id();
	}

	@Override
	public Money approve(long claimId) {
		return this.claims.approve(claimId);
	}

	@Override
	public void reject(long claimId, String reason) {
		this.claims.reject(claimId, reason);
	}

	@Override
	public void pay(long claimId, @Nullable String reference) {
		this.claims.pay(claimId, reference);
	}

	@Override
	public List<Long> plansOf(long orgId) {
		return this.plans.keptBy(orgId);
	}

}
