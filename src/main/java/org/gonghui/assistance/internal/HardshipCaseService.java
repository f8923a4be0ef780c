package org.gonghui.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.assistance.Actor;
import org.gonghui.assistance.ExitReason;
import org.gonghui.assistance.HardshipApplication;
import org.gonghui.assistance.HardshipCase;
import org.gonghui.assistance.HardshipCases;
import org.gonghui.assistance.HardshipCategory;
import org.gonghui.assistance.HardshipCategoryProposal;
import org.gonghui.assistance.HardshipCounts;
import org.gonghui.assistance.HardshipThresholdSetting;
import org.gonghui.assistance.HouseholdFigures;
import org.gonghui.assistance.HouseholdMember;
import org.gonghui.assistance.MinimumLivingStandard;
import org.gonghui.assistance.MinimumLivingStandards;
import org.gonghui.assistance.ObjectionOutcome;
import org.gonghui.assistance.RegionalThresholds;
import org.gonghui.assistance.internal.HardshipCaseRepository.CaseRow;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

/**
 * Applying for a hardship file and every review step on it. Each command loads the case
 * inside the actor's data scope, lets the aggregate check the transition, and saves it
 * only if no one else saved since it was loaded (the version column): of two reviewers
 * acting at once, exactly one wins and the other gets 409.
 */
@Service
class HardshipCaseService implements HardshipCases {

	private final HardshipCaseRepository cases;

	private final MemberDirectory members;

	private final OrgDirectory orgs;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final AssistanceProperties properties;

	private final TransactionTemplate write;

	HardshipCaseService(HardshipCaseRepository cases, MemberDirectory members, OrgDirectory orgs,
			PersonalDataCipher cipher, AuditLog audit, ApplicationEventPublisher events,
			AssistanceProperties properties, PlatformTransactionManager transactions) {
		this.properties = properties;
		this.write = new TransactionTemplate(transactions);
		this.cases = cases;
		this.members = members;
		this.orgs = orgs;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public void recordStandard(Actor actor, String regionCode, LocalDate effectiveFrom, Money perPersonPerMonth) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.FEDERATION_STAFF) {
			throw new GonghuiException(HttpStatus.FORBIDDEN, "hardship.role-not-allowed", actor.role().name());
		}
		MinimumLivingStandard standard = new MinimumLivingStandard(regionCode, effectiveFrom, perPersonPerMonth);
		this.cases.saveStandard(standard, actor.accountId());
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "minimum-living-standard", regionCode + "@" + effectiveFrom,
				null, "低保标准 " + regionCode + " 自 " + effectiveFrom + " 起 " + perPersonPerMonth.format() + " 元/人·月"));
	}

	List<MinimumLivingStandard> standards() {
		return this.cases.standards();
	}

	/**
	 * Sets a region's category multiples from a date. Federation staff set them for the
	 * regions their federation covers (a city federation for its counties, a county for
	 * itself); an administrator for any.
	 */
	@Transactional
	public void recordThresholds(Actor actor, DataScope scope, HardshipThresholdSetting setting) {
		if (actor.role() != Role.ADMIN && actor.role() != Role.FEDERATION_STAFF) {
			throw new GonghuiException(HttpStatus.FORBIDDEN, "hardship.role-not-allowed", actor.role().name());
		}
		OrgSummary federation = this.orgs.find(scope.orgId()).orElseThrow(GonghuiException::notFound);
		if (actor.role() != Role.ADMIN && !covers(federation.regionCode(), setting.regionCode())) {
			throw GonghuiException.invalidField("regionCode", "hardship.thresholds.region-outside-scope",
					setting.regionCode(), federation.regionCode());
		}
		this.cases.saveThreshold(setting, actor.accountId());
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "hardship-threshold",
				setting.regionCode() + "@" + setting.effectiveFrom(), scope.path(),
				"困难类别倍数 " + setting.regionCode() + " 自 " + setting.effectiveFrom() + " 起 深度困难低于 "
						+ setting.deepBelow().formatMultiple() + "，相对困难不超过 " + setting.relativeWithin().formatMultiple()
						+ "，意外致困不超过 " + setting.accidentInducedWithin().formatMultiple()));
	}

	// GB/T 2260 prefixes: a province PP0000 covers PP…, a city PPCC00 covers PPCC…, a
	// county only itself
	static boolean covers(String federationRegion, String region) {
		String prefix = federationRegion.endsWith("0000") ? federationRegion.substring(0, 2)
				: federationRegion.endsWith("00") ? federationRegion.substring(0, 4) : federationRegion;
		return region.startsWith(prefix);
	}

	List<HardshipThresholdSetting> thresholds() {
		return this.cases.thresholds();
	}

	/**
	 * Files an application. A refusal that must be audited (a person already on a file)
	 * rolls the application back and is audited afterwards, once the transaction has
	 * ended and given back its connection and locks: never two connections for one
	 * request.
	 */
	@Override
	public UUID apply(Actor actor, @Nullable DataScope scope, HardshipApplication application, Instant at) {
		try {
			UUID id = this.write.execute((status) -> applyNow(actor, scope, application, at));
			return java.util.Objects.requireNonNull(id);
		}
		catch (AuditedRefusal refusal) {
			this.write.executeWithoutResult((status) -> refusal.entries.forEach(this.audit::record));
			throw refusal.answer;
		}
	}

	/**
	 * A worker applies only as the member their account is linked to (linked once on
	 * 实名认证): a person named on the application is not looked at, and without a link
	 * nothing is. Staff name the member; the form is checked before anyone is looked up,
	 * so a refusal for a badly filled form says nothing about the person named.
	 */
	private UUID applyNow(Actor actor, @Nullable DataScope scope, HardshipApplication application, Instant at) {
		MemberSummary self = scope == null ? this.members.requireLinked(actor.accountId()) : null;
		List<HouseholdMember> household = household(application.householdMembers());
		householdIdNumbers(household);
		HouseholdFigures figures = new HouseholdFigures(household.size(), application.monthlyIncome(),
				application.causes());
		MemberSummary member = self != null ? self : named(java.util.Objects.requireNonNull(scope), application);
		return file(actor, scope, application, at, member, household, figures);
	}

	private UUID file(Actor actor, @Nullable DataScope scope, HardshipApplication application, Instant at,
			MemberSummary member, List<HouseholdMember> household, HouseholdFigures figures) {
		if (member.status() != MemberStatus.ACTIVE) {
			throw GonghuiException.invalidField("memberId", "hardship.member.not-active", member.name());
		}
		OrgSummary union = this.orgs.find(member.orgId()).orElseThrow(GonghuiException::notFound);
		LocalDate appliedOn = LocalDate.ofInstant(at, BusinessTime.ZONE);
		java.util.Set<Long> listed = oneFilePerHousehold(actor, scope, member, household);
		HardshipCategoryProposal proposal = propose(figures, union.regionCode(), appliedOn);
		HardshipCase hardshipCase = HardshipCase.submit(UUID.randomUUID(), member.id(), member.orgId(),
				union.regionCode(), appliedOn, proposal, actor, at, text(application.note()));
		PersonalDetails details = new PersonalDetails(figures.members(), figures.monthlyIncome().fen(),
				figures.causes(), household, blankToNull(application.healthNotes()));
		try {
			this.cases.insert(hardshipCase.state(), member.name(),
					actor.role() == Role.WORKER ? actor.accountId() : null, member.orgPath(),
					details.encrypt(this.cipher));
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("hardship.case.already-open", member.name());
		}
		this.cases.insertHouseholdPersons(hardshipCase.id(), listed);
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "hardship-case", hardshipCase.id(), member.orgPath(),
				"提交困难职工建档申请：" + member.name() + (actor.role() == Role.WORKER ? "（本人申请）" : "（代为申请）")));
		hardshipCase.events().forEach(this.events::publishEvent);
		return hardshipCase.id();
	}

	/** The member staff apply for, by ID or ID number, in their scope. */
	private MemberSummary named(DataScope scope, HardshipApplication application) {
		MemberSummary member = null;
		if (application.memberId() != null) {
			member = this.members.find(application.memberId()).orElse(null);
		}
		else if (application.idNumber() != null && !application.idNumber().isBlank()) {
			member = this.members.findByIdNumber(application.idNumber()).orElse(null);
		}
		if (member == null || !scope.contains(member.orgPath())) {
			throw GonghuiException.invalidField("memberId", "hardship.member.not-found");
		}
		return member;
	}

	/**
	 * A refusal whose audit entry outlives the rolled-back application: carried out of
	 * the transaction and recorded after it.
	 */
	static final class AuditedRefusal extends RuntimeException {

		private final GonghuiException answer;

		private final List<AuditEntry> entries;

		AuditedRefusal(GonghuiException answer, AuditEntry... entries) {
			super(answer.getMessage(), null, false, false);
			this.answer = answer;
			this.entries = List.of(entries);
		}

	}

	/**
	 * One household, one file: the applicant must have no open file and must not be a
	 * declared household member of another member's open file, and no declared household
	 * member (by ID number) may have an open file of their own or be declared in another
	 * open file. Returns the union members the household lists.
	 * <p>
	 * The members concerned are locked first (until commit), so two applications
	 * submitted at once that list each other, or the same person, are checked one after
	 * the other and cannot both pass.
	 * <p>
	 * A worker applying for themselves learns only which person they typed is already on
	 * a file, not whose file it is nor when it was filed (staff see the masked name and
	 * date): hardship status is personal data, and the form must not let anyone find out
	 * whose relatives are on file by typing ID numbers. The refusal itself still tells
	 * that one person is on a file, so it is audited under that file's union.
	 */
	private java.util.Set<Long> oneFilePerHousehold(Actor actor, @Nullable DataScope scope, MemberSummary applicant,
			List<HouseholdMember> household) {
		Map<HouseholdMember, MemberSummary> members = new java.util.LinkedHashMap<>();
		householdIdNumbers(household).forEach((person, idNumber) -> this.members.findByIdNumber(idNumber.value())
			.filter((m) -> m.id() != applicant.id())
			.ifPresent((m) -> members.put(person, m)));
		java.util.Set<Long> locked = new java.util.HashSet<>();
		locked.add(applicant.id());
		members.values().forEach((m) -> locked.add(m.id()));
		this.cases.lockHouseholds(locked);

		this.cases.openOf(applicant.id()).ifPresent((own) -> {
			throw GonghuiException.conflict("hardship.case.already-open", applicant.name());
		});
		this.cases.openFileListing(applicant.id()).ifPresent((other) -> {
			throw refuse(scope, other, applicant.name(), "hardship.household.self-listed-elsewhere",
					"hardship.household.listed-elsewhere");
		});
		for (Map.Entry<HouseholdMember, MemberSummary> entry : members.entrySet()) {
			String typed = entry.getKey().name();
			MemberSummary m = entry.getValue();
			this.cases.openOf(m.id()).ifPresent((other) -> {
				throw refuse(scope, other, typed, "hardship.household.self-person-on-file",
						"hardship.household.member-has-file");
			});
			// nor may they already belong to another open file's household (two parents
			// each listing the same child would make two households of one)
			this.cases.openFileListing(m.id()).ifPresent((other) -> {
				throw refuse(scope, other, typed, "hardship.household.self-person-on-file",
						"hardship.household.listed-elsewhere");
			});
		}
		return new java.util.LinkedHashSet<>(members.values().stream().map(MemberSummary::id).toList());
	}

	/**
	 * The ID numbers the household lists, in order; refuses one that is not a valid ID
	 * number.
	 */
	private static Map<HouseholdMember, org.gonghui.shared.ident.IdNumber> householdIdNumbers(
			List<HouseholdMember> household) {
		Map<HouseholdMember, org.gonghui.shared.ident.IdNumber> numbers = new java.util.LinkedHashMap<>();
		for (HouseholdMember person : household) {
			if (person.idNumber() == null) {
				continue;
			}
			org.gonghui.shared.ident.IdNumber idNumber = org.gonghui.shared.ident.IdNumber.parse(person.idNumber())
				.idNumber();
			if (idNumber == null) {
				throw GonghuiException.invalidField("householdMembers", "hardship.household.id-number-invalid",
						person.name());
			}
			numbers.put(person, idNumber);
		}
		return numbers;
	}

	/**
	 * Refuses an application because a person it names is on another open file. Staff
	 * whose scope holds that file learn its masked name and date; a worker, and staff
	 * whose scope does not hold it, only that the person is on a file. Audited under the
	 * other file either way, after the application has rolled back.
	 */
	private AuditedRefusal refuse(@Nullable DataScope scope, HardshipCaseRepository.CaseRow other, String typedName,
			String selfKey, String staffKey) {
		if (scope == null) {
			return refuseSelf(other, typedName, selfKey);
		}
		boolean within = scope.contains(other.orgPath());
		GonghuiException answer = within
				? GonghuiException.conflict(staffKey, maskName(other.memberName()), other.appliedOn().toString())
				: GonghuiException.conflict(selfKey, typedName);
		return new AuditedRefusal(answer,
				AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "hardship-case", other.id(), other.orgPath(),
						"代为申请困难帮扶被拒：所填人员 " + typedName + " 已有或已列入此困难职工档案"
								+ (within ? "（已向经办人显示档案姓名（部分隐去）与申请日期）" : "（档案不在经办人管理范围内，未显示档案信息）")));
	}

	private AuditedRefusal refuseSelf(HardshipCaseRepository.CaseRow other, String typedName, String key) {
		return new AuditedRefusal(GonghuiException.conflict(key, typedName),
				AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "hardship-case", other.id(), other.orgPath(),
						"职工本人申请困难帮扶被拒：所填家庭成员 " + typedName + " 已在他人的困难职工档案中（本人申请的查重结果已告知申请人）"));
	}

	/** 张三丰 → 张**: enough for staff to recognise the file, not to read out a name. */
	static String maskName(String name) {
		return name.isEmpty() ? name : name.charAt(0) + "*".repeat(name.length() - 1);
	}

	private static List<HouseholdMember> household(List<HouseholdMember> declared) {
		List<HouseholdMember> cleaned = declared.stream()
			.filter((m) -> m.name() != null && !m.name().isBlank())
			.map((m) -> new HouseholdMember(m.name().strip(), text(m.relation()).strip(), blankToNull(m.health()),
					blankToNull(m.idNumber())))
			.toList();
		if (cleaned.isEmpty()) {
			throw GonghuiException.invalidField("householdMembers", "hardship.household.required");
		}
		return cleaned;
	}

	private HardshipCategoryProposal propose(HouseholdFigures figures, String regionCode, LocalDate on) {
		MinimumLivingStandard standard = new MinimumLivingStandards(this.cases.standards()).require(regionCode, on);
		return HardshipCategoryProposal.propose(figures, standard,
				new RegionalThresholds(this.cases.thresholds()).inForce(regionCode, on));
	}

	@Override
	@Transactional
	public void verify(Actor actor, DataScope scope, UUID id, long expectedVersion, String homeVisitNotes, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> c.verify(actor, homeVisitNotes, at), AuditAction.UPDATE,
				"基层工会核实（入户走访）");
	}

	@Transactional
	public void overrideCategory(Actor actor, DataScope scope, UUID id, long expectedVersion, HardshipCategory category,
			String reason, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> c.overrideCategory(actor, category, reason, at),
				AuditAction.UPDATE, "调整困难类别");
	}

	@Override
	@Transactional
	public void startNotice(Actor actor, DataScope scope, UUID id, long expectedVersion, LocalDate firstDay, int days,
			Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> {
			LocalDate earliest = c.appliedOn().minusDays(this.properties.noticeBackdateDays());
			if (firstDay.isBefore(earliest)) {
				throw GonghuiException.invalidField("firstDay", "hardship.notice.before-application",
						earliest.toString());
			}
			c.startNotice(actor, firstDay, days, at);
		}, AuditAction.UPDATE, "开始公示 " + days + " 天");
	}

	@Transactional
	public int raiseObjection(Actor actor, DataScope scope, UUID id, long expectedVersion, String raisedBy,
			String content, LocalDate raisedOn, Instant at) {
		int[] number = new int[1];
		change(actor, scope, id, expectedVersion, (c) -> number[0] = c.raiseObjection(actor,
				text(raisedBy).isBlank() ? "匿名" : raisedBy.strip(), content, raisedOn, at), AuditAction.UPDATE,
				"记录公示异议");
		return number[0];
	}

	@Transactional
	public void resolveObjection(Actor actor, DataScope scope, UUID id, long expectedVersion, int number,
			@Nullable ObjectionOutcome upholdWith, String note, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> {
			if (upholdWith == null) {
				c.dismissObjection(actor, number, note, at);
			}
			else {
				c.upholdObjection(actor, number, upholdWith, note, at);
			}
		}, AuditAction.UPDATE, upholdWith == null ? "异议不成立" : "异议成立");
	}

	@Override
	@Transactional
	public void approve(Actor actor, DataScope scope, UUID id, long expectedVersion, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> {
			c.approve(actor, LocalDate.ofInstant(at, BusinessTime.ZONE), at);
			c.activate(actor, at);
		}, AuditAction.APPROVE, "审批通过，建立困难职工档案");
	}

	@Override
	@Transactional
	public void reject(Actor actor, DataScope scope, UUID id, long expectedVersion, String reason, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> c.reject(actor, reason, at), AuditAction.REJECT,
				"驳回申请：" + reason);
	}

	@Transactional
	public void recheck(Actor actor, DataScope scope, UUID id, long expectedVersion, int householdSize,
			Money monthlyIncome, java.util.Set<org.gonghui.assistance.HardshipCause> causes, String note, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> {
			LocalDate on = LocalDate.ofInstant(at, BusinessTime.ZONE);
			HouseholdFigures figures = new HouseholdFigures(householdSize, monthlyIncome, causes);
			c.recheck(actor, on, propose(figures, c.regionCode(), on), note, at);
		}, AuditAction.UPDATE, "年度复核");
	}

	/**
	 * A re-check with the reviewer's decision: keep the file as the figures propose, keep
	 * it in another category (reason required), or close it on a reason and date.
	 */
	@Transactional
	public void recheck(Actor actor, DataScope scope, UUID id, long expectedVersion, HouseholdFigures figures,
			RecheckDecision decision, String note, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> {
			LocalDate on = LocalDate.ofInstant(at, BusinessTime.ZONE);
			HardshipCategoryProposal current = propose(figures, c.regionCode(), on);
			if (decision instanceof RecheckDecision.ChangeCategory change) {
				c.recheckAs(actor, on, current, change.category(), change.reason(), note, at);
			}
			else if (decision instanceof RecheckDecision.Exit exit) {
				c.recheckAndExit(actor, current, exit.reason(), note, exit.on(), at);
			}
			else {
				c.recheck(actor, on, current, note, at);
			}
		}, AuditAction.UPDATE, "年度复核");
	}

	/** What the reviewer decided at a re-check. */
	sealed interface RecheckDecision {

		/** As the figures propose (which closes the file when they propose none). */
		record Continue() implements RecheckDecision {
		}

		record ChangeCategory(HardshipCategory category, String reason) implements RecheckDecision {
		}

		record Exit(ExitReason reason, LocalDate on) implements RecheckDecision {
		}

	}

	@Override
	@Transactional
	public void exit(Actor actor, DataScope scope, UUID id, long expectedVersion, ExitReason reason, String note,
			LocalDate on, Instant at) {
		change(actor, scope, id, expectedVersion, (c) -> c.exit(actor, reason, note, on, at), AuditAction.UPDATE,
				"解困脱困，撤档");
	}

	@Override
	public List<HardshipCounts> counts(DataScope scope, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw GonghuiException.invalid("hardship.period.order");
		}
		return this.cases.counts(scope.path(), from, to);
	}

	/**
	 * A case with its personal details, for staff of its subtree; the read is audited.
	 */
	@Transactional
	public CaseDetail detail(DataScope scope, UUID id) {
		CaseRow row = this.cases.find(id)
			.filter((r) -> scope.contains(r.orgPath()))
			.orElseThrow(GonghuiException::notFound);
		return detail(row);
	}

	/**
	 * A file of the member the worker's account is linked to, else 404: the account that
	 * filed it reads it no longer once staff unlinked it.
	 */
	@Transactional
	public CaseDetail ownDetail(long accountId, UUID id) {
		long member = this.members.linkedTo(accountId).map(MemberSummary::id).orElseThrow(GonghuiException::notFound);
		CaseRow row = this.cases.find(id).filter((r) -> r.memberId() == member).orElseThrow(GonghuiException::notFound);
		return detail(row);
	}

	private CaseDetail detail(CaseRow row) {
		PersonalDetails details = PersonalDetails.decrypt(this.cipher, row.personalCipher());
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "hardship-case", row.id(), row.orgPath(),
				"查看困难职工档案（收入、健康情况）：" + row.memberName()));
		HardshipCase c = restore(row, details);
		String orgName = this.orgs.find(row.orgId()).map(OrgSummary::name).orElse("");
		return new CaseDetail(row, orgName, details, c.proposal(), c.history(), c.objections());
	}

	/** The files of the member the worker's account is linked to; none without a link. */
	List<CaseRow> mine(long accountId) {
		return this.members.linkedTo(accountId).map((m) -> this.cases.ofMember(m.id())).orElse(List.of());
	}

	private void change(Actor actor, DataScope scope, UUID id, long expectedVersion, Consumer<HardshipCase> action,
			AuditAction auditAction, String summary) {
		CaseRow row = this.cases.find(id)
			.filter((r) -> scope.contains(r.orgPath()))
			.orElseThrow(GonghuiException::notFound);
		PersonalDetails details = PersonalDetails.decrypt(this.cipher, row.personalCipher());
		HardshipCase c = restore(row, details);
		if (expectedVersion >= 0) {
			c.requireVersion(expectedVersion);
		}
		int storedSteps = c.history().size();
		Map<String, @Nullable Object> before = fields(c);
		action.accept(c);
		if (!this.cases.update(c.state(), storedSteps, details.with(c.figures()).encrypt(this.cipher))) {
			throw GonghuiException.conflict("hardship.concurrent-change");
		}
		this.audit
			.record(AuditEntry.of(auditAction, "hardship-case", id, row.orgPath(), summary + "：" + row.memberName())
				.withChanges(AuditEntry.diff(before, fields(c))));
		c.events().forEach(this.events::publishEvent);
	}

	private HardshipCase restore(CaseRow row, PersonalDetails details) {
		HardshipCategoryProposal proposal = HardshipCategoryProposal.propose(details.figures(), row.standard(),
				row.thresholds());
		return HardshipCase.restore(new HardshipCase.State(row.id(), row.memberId(), row.orgId(), row.regionCode(),
				row.appliedOn(), proposal, row.category(), row.categoryOverrideReason(), row.status(), row.notice(),
				row.approvedOn(), row.recheckDue(), row.rejectionReason(), row.exitReason(), row.exitedOn(),
				this.cases.steps(row.id()), this.cases.objections(row.id()), row.version()));
	}

	private static Map<String, @Nullable Object> fields(HardshipCase c) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("status", c.status());
		fields.put("category", c.category());
		fields.put("notice", c.notice() == null ? null : c.notice().firstDay() + "/" + c.notice().lastDay());
		fields.put("approvedOn", c.approvedOn());
		fields.put("recheckDue", c.recheckDue());
		fields.put("exitReason", c.exitReason());
		fields.put("exitedOn", c.exitedOn());
		return fields;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A case as its detail page and the API show it. */
	record CaseDetail(CaseRow row, String orgName, PersonalDetails personal, HardshipCategoryProposal proposal,
			List<org.gonghui.assistance.CaseStep> history, List<org.gonghui.assistance.Objection> objections) {
	}

}
