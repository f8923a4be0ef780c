package org.gonghui.mutualaid.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.mutualaid.DiseaseList;
import org.gonghui.mutualaid.PlanKind;
import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * Plans and their yearly terms. A plan is kept by a federation; staff of that federation
 * (or above) change it, and the organisations below it see it and enrol in it.
 */
@Service("mutualAidPlanService")
class PlanService {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final Plans plans;

	private final OrgDirectory orgs;

	private final AuditLog audit;

	PlanService(Plans plans, OrgDirectory orgs, AuditLog audit) {
		this.plans = plans;
		this.orgs = orgs;
		this.audit = audit;
	}

	@Transactional
	long create(long orgId, String name, PlanKind kind, @Nullable String description) {
		OrgSummary owner = this.orgs.find(orgId).orElseThrow(GonghuiException::notFound);
		if (owner.type() == OrgType.GRASSROOTS_UNION) {
			throw GonghuiException.invalidField("orgId", "mutual-aid.plan.owner-not-federation");
		}
		long id;
		try {
			id = this.plans.insert(name.strip(), kind, blankToNull(description), owner.id(), owner.path());
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("mutual-aid.plan.duplicate-name", name.strip());
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "mutual-aid-plan", id, owner.path(), "新建互助保障计划 " + name));
		return id;
	}

	@Transactional
	long create(DataScope scope, String name, PlanKind kind, @Nullable String description) {
		return create(scope.orgId(), name, kind, description);
	}

	/** A plan the scope deals with (kept above, at or below it); else 404. */
	PlanRecord visible(DataScope scope, long planId) {
		return this.plans.find(planId)
			.filter(plan -> scope.contains(plan.orgPath()) || isAncestorOrSelf(plan.orgPath(), scope.path()))
			.orElseThrow(GonghuiException::notFound);
	}

	/** A plan the scope may change: kept at or below it. */
	PlanRecord changeable(DataScope scope, long planId) {
		PlanRecord plan = visible(scope, planId);
		if (!scope.contains(plan.orgPath())) {
			throw GonghuiException.forbidden();
		}
		return plan;
	}

	List<PlanRecord> visibleFrom(DataScope scope) {
		return this.plans.visibleFrom(scope.path());
	}

	@Transactional
	void setTerms(DataScope scope, long planId, int year, PlanTerms terms) {
		setTerms(changeable(scope, planId), year, terms);
	}

	@Transactional
	void setTerms(PlanRecord plan, int year, PlanTerms terms) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw GonghuiException.invalidField("year", "mutual-aid.terms.year");
		}
		Map<String, @Nullable Object> before = this.plans.terms(plan.id(), year)
			.map(t -> fields(t.terms()))
			.orElse(Map.of());
		this.plans.saveTerms(plan.id(), year, terms);
		this.audit.record(AuditEntry
			.of(before.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE, "mutual-aid-terms", plan.id() + "/" + year,
					plan.orgPath(), "设定互助保障计划 " + plan.name() + " " + year + " 年度条款")
			.withChanges(AuditEntry.diff(before, fields(terms))));
	}

	PlanRecord plan(long planId) {
		return this.plans.find(planId).orElseThrow(GonghuiException::notFound);
	}

	YearTerms terms(long planId, int year) {
		return this.plans.terms(planId, year)
			.orElseThrow(() -> GonghuiException.invalid("mutual-aid.terms.missing", String.valueOf(year)));
	}

	List<Long> keptBy(long orgId) {
		return this.plans.keptBy(orgId);
	}

	List<YearTerms> allTerms(long planId) {
		return this.plans.allTerms(planId);
	}

	static boolean isAncestorOrSelf(String ancestor, String path) {
		return path.equals(ancestor) || path.startsWith(ancestor + ".");
	}

	static Map<String, @Nullable Object> fields(PlanTerms terms) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("premium", terms.premiumPerMemberPerYear().format());
		fields.put("exclusionDays", terms.exclusionDays());
		fields.put("reducedPayoutUntilDay", terms.reducedPayoutUntilDay());
		fields.put("reducedPayoutFactor", terms.reducedPayoutFactor().formatPercent());
		fields.put("deductible", terms.deductible().format());
		fields.put("payoutRatio", terms.payoutRatio().formatPercent());
		fields.put("yearlyCap", terms.yearlyCapPerMember().format());
		fields.put("continuityGraceDays", terms.continuityGraceDays());
		DiseaseList list = terms.coveredDiseases();
		fields.put("diseaseList", list == null ? null : list.name() + "（" + list.diseases().size() + " 种）");
		return fields;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
