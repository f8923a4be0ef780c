package org.gonghui.mutualaid.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.SheetReader;
import org.gonghui.shared.sheet.SheetRow;
import org.gonghui.shared.sheet.SheetRows;
import org.gonghui.shared.sheet.SheetSchema;
import org.gonghui.shared.web.GonghuiException;

/**
 * Bulk enrolment of an organisation's members in a plan for a year, from its roster or
 * from an uploaded list. A list is checked whole: one bad row and nothing is enrolled.
 */
@Service("mutualAidEnrolmentService")
class EnrolmentService {

	/** Most members one request enrols; a city enrols union by union. */
	static final int MAX_BATCH = 20_000;

	static final SheetSchema LIST = SheetSchema.of(SheetColumn.of("name", "姓名", "职工姓名", "会员姓名").required(),
			SheetColumn.of("idNumber", "身份证号", "身份证号码", "公民身份号码").required().text());

	private final Enrolments enrolments;

	private final PlanService plans;

	private final MemberDirectory members;

	private final OrgDirectory orgs;

	private final AuditLog audit;

	private final Clock clock;

	EnrolmentService(Enrolments enrolments, PlanService plans, MemberDirectory members, OrgDirectory orgs,
			AuditLog audit, Clock clock) {
		this.enrolments = enrolments;
		this.plans = plans;
		this.members = members;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** Enrols the active members of the organisation's subtree (staff, in scope). */
	@Transactional
	EnrolmentResult enrolRoster(DataScope scope, long planId, int year, long orgId, @Nullable LocalDate coverFrom) {
		OrgSummary org = this.orgs.findWithin(scope, orgId).orElseThrow(GonghuiException::notFound);
		PlanRecord plan = this.plans.visible(scope, planId);
		return enrolRoster(plan, year, org, coverStart(year, coverFrom));
	}

	@Transactional
	EnrolmentResult enrolRoster(PlanRecord plan, int year, OrgSummary org, LocalDate firstDay) {
		List<MemberSummary> roster = this.members.activeWithin(org.path(), MAX_BATCH + 1);
		if (roster.size() > MAX_BATCH) {
			throw GonghuiException.invalid("mutual-aid.enrolment.too-many", MAX_BATCH);
		}
		return enrol(plan, year, org, firstDay, roster, "名册");
	}

	/**
	 * Enrols the members a list names (姓名, 身份证号). Each must be an active member of the
	 * organisation's subtree under that name; the file is refused whole, with every
	 * problem by row, otherwise.
	 */
	@Transactional
	EnrolmentResult enrolList(DataScope scope, long planId, int year, long orgId, @Nullable LocalDate coverFrom,
			InputStream file, String filename) {
		OrgSummary org = this.orgs.findWithin(scope, orgId).orElseThrow(GonghuiException::notFound);
		PlanRecord plan = this.plans.visible(scope, planId);
		LocalDate firstDay = coverStart(year, coverFrom);
		List<MemberSummary> listed = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		try (SheetRows rows = new SheetReader(LIST).open(file, filename)) {
			for (SheetRow row : rows) {
				if (listed.size() + problems.size() > MAX_BATCH) {
					throw GonghuiException.invalid("mutual-aid.enrolment.too-many", MAX_BATCH);
				}
				String name = row.getOrEmpty("name");
				String idNumber = row.getOrEmpty("idNumber");
				Optional<MemberSummary> member = idNumber.isEmpty() ? Optional.empty()
						: this.members.findByIdNumber(idNumber);
				if (row.hasErrors() || member.isEmpty()) {
					problems.add("第 " + row.rowNumber() + " 行：不是会员（身份证号有误或未登记）");
				}
				else if (!member.get().name().equals(name)) {
					problems.add("第 " + row.rowNumber() + " 行：姓名与会员名册不符");
				}
				else if (member.get().status() != MemberStatus.ACTIVE
						|| !PlanService.isAncestorOrSelf(org.path(), member.get().orgPath())) {
					problems.add("第 " + row.rowNumber() + " 行：不是本组织的在册会员");
				}
				else if (!seen.add(member.get().id())) {
					problems.add("第 " + row.rowNumber() + " 行：与前面的行重复");
				}
				else {
					listed.add(member.get());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new GonghuiException(HttpStatus.UNPROCESSABLE_CONTENT, "mutual-aid.enrolment.list-invalid",
					problems.size(), String.join("；", problems.subList(0, Math.min(problems.size(), 20))));
		}
		if (listed.isEmpty()) {
			throw GonghuiException.invalid("mutual-aid.enrolment.list-empty");
		}
		return enrol(plan, year, org, firstDay, listed, "名单 " + filename);
	}

	private EnrolmentResult enrol(PlanRecord plan, int year, OrgSummary org, LocalDate firstDay,
			List<MemberSummary> members, String source) {
		if (!PlanService.isAncestorOrSelf(plan.orgPath(), org.path())) {
			throw GonghuiException.invalidField("planId", "mutual-aid.enrolment.plan-not-for-org");
		}
		YearTerms terms = this.plans.terms(plan.id(), year);
		LocalDate lastDay = LocalDate.of(year, 12, 31);
		Long by = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		int enrolled = 0;
		for (MemberSummary member : members) {
			if (this.enrolments.insertIfAbsent(plan.id(), year, member, firstDay, lastDay,
					terms.terms().premiumPerMemberPerYear(), by)) {
				enrolled++;
			}
		}
		int already = members.size() - enrolled;
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "mutual-aid-enrolment", plan.id() + "/" + year, org.path(),
				"按" + source + "为 " + org.name() + " 参加 " + plan.name() + " " + year + " 年度：新参保 " + enrolled + " 人，已参保 "
						+ already + " 人"));
		return new EnrolmentResult(enrolled, already,
				terms.terms().premiumPerMemberPerYear().times(enrolled).toYuan().toPlainString());
	}

	/**
	 * Cover starts on the day asked for, which may not lie before today (no cover bought
	 * after the event) nor outside the year; by default on 1 January, or today once the
	 * year has begun.
	 */
	LocalDate coverStart(int year, @Nullable LocalDate coverFrom) {
		if (year < PlanService.FIRST_YEAR || year > PlanService.LAST_YEAR) {
			throw GonghuiException.invalidField("year", "mutual-aid.terms.year");
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate start = coverFrom != null ? coverFrom : (today.isAfter(first) ? today : first);
		if (start.getYear() != year || start.isBefore(today)) {
			throw GonghuiException.invalidField("coverFrom", "mutual-aid.enrolment.cover-from");
		}
		return start;
	}

	EnrolmentRecord findWithin(DataScope scope, long id) {
		return this.enrolments.find(id)
			.filter(e -> scope.contains(e.orgPath()))
			.orElseThrow(GonghuiException::notFound);
	}

	record EnrolmentResult(int enrolled, int alreadyEnrolled, String premiumDue) {
	}

}
