package org.gonghui.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberDraft;
import org.gonghui.member.MemberJoined;
import org.gonghui.member.MemberLeft;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.member.MemberTransferred;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/** Entering, changing, transferring members, and revealing an ID number (audited). */
@Service
class MemberRegistry implements MemberDirectory {

	private final MemberRepository members;

	private final MemberQueries queries;

	private final OrgDirectory orgs;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AccountLinks links;

	MemberRegistry(MemberRepository members, MemberQueries queries, OrgDirectory orgs, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, AccountLinks links) {
		this.links = links;
		this.members = members;
		this.queries = queries;
		this.orgs = orgs;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<MemberSummary> find(long id) {
		return this.members.find(id).map(MemberRecord::summary);
	}

	@Override
	public Optional<MemberSummary> findByIdNumber(String idNumber) {
		IdNumber.Result parsed = IdNumber.parse(idNumber);
		return parsed.idNumber() == null ? Optional.empty()
				: this.members.findByIdNumber(parsed.idNumber().value()).map(MemberRecord::summary);
	}

	@Override
	public Optional<byte[]> idNumberHash(String idNumber) {
		IdNumber.Result parsed = IdNumber.parse(idNumber.strip());
		return parsed.idNumber() == null ? Optional.empty()
				: Optional.of(this.members.idNumberHash(parsed.idNumber().value()));
	}

	@Override
	public Optional<byte[]> idNumberHashOf(long memberId) {
		return this.members.storedIdNumberHash(memberId);
	}

	@Override
	public Optional<MemberSummary> linkedTo(long accountId) {
		return this.links.memberOf(accountId).flatMap(this::find);
	}

	@Override
	@Transactional
	public boolean link(long accountId, long memberId) {
		MemberSummary member = find(memberId).orElseThrow(GonghuiException::notFound);
		if (this.links.memberOf(accountId).filter((linked) -> linked == memberId).isPresent()) {
			return true;
		}
		if (!this.links.link(accountId, memberId)) {
			return false;
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "member-account", memberId, member.orgPath(),
				"职工账号 #" + accountId + " 核验为会员 " + member.name()));
		return true;
	}

	@Override
	@Transactional
	public int enterAll(List<MemberDraft> drafts) {
		Map<Long, String> paths = new java.util.HashMap<>();
		List<NewMember> members = new java.util.ArrayList<>(drafts.size());
		for (MemberDraft draft : drafts) {
			String path = paths.computeIfAbsent(draft.orgId(),
					orgId -> this.orgs.find(orgId).orElseThrow(GonghuiException::notFound).path());
			members.add(new NewMember(draft.name(), idNumber(draft.idNumber()), phone(draft.phone()), draft.orgId(),
					path, draft.employer(), draft.joinedOn(), draft.occupation(), draft.skillLevel(),
					draft.newEmploymentForm()));
		}
		List<Long> ids = this.members.insertAll(members, null);
		Map<Long, Integer> counts = new java.util.HashMap<>();
		for (int i = 0; i < drafts.size(); i++) {
			MemberDraft draft = drafts.get(i);
			if (draft.status() == MemberStatus.ACTIVE) {
				counts.merge(draft.orgId(), 1, Integer::sum);
			}
			else {
				this.members.markStatus(ids.get(i), draft.status());
				this.members.recordEvent(ids.get(i), "LEFT", draft.orgId(), null, null, null);
			}
		}
		this.orgs.adjustMemberCounts(counts);
		return ids.size();
	}

	@Override
	public List<MemberSummary> activeWithin(String orgPath, int limit) {
		List<MemberSummary> found = new java.util.ArrayList<>();
		this.queries.forEach(new MemberFilter(orgPath, null, MemberStatus.ACTIVE, null), member -> {
			if (found.size() < limit) {
				found.add(member.summary());
			}
		});
		return found;
	}

	Optional<MemberRecord> findWithin(DataScope scope, long id) {
		return this.members.find(id).filter(member -> scope.contains(member.orgPath()));
	}

	@Transactional
	public MemberRecord register(DataScope scope, MemberForm form) {
		IdNumber idNumber = idNumber(form.idNumber());
		String phone = phone(form.phone());
		OrgSummary union = grassrootsUnion(form.orgId(), scope);
		refuseDuplicate(idNumber);
		LocalDate joinedOn = form.joinedOn() == null ? LocalDate.now(this.clock) : form.joinedOn();
		String employer = blankToNull(form.employer());
		NewMember member = new NewMember(form.name().strip(), idNumber, phone, union.id(), union.path(),
				employer == null && union.employer() != null ? union.employer().name() : employer, joinedOn,
				blankToNull(form.occupation()), form.skillLevel(), Boolean.TRUE.equals(form.newEmploymentForm()));
		return enter(member, "JOINED", null);
	}

	/**
	 * Writes a validated member, its history and counts; shared by staff entry and
	 * approved applications.
	 */
	@Transactional
	MemberRecord enter(NewMember member, String kind, @Nullable String note) {
		long id;
		try {
			id = this.members.insert(member);
		}
		catch (DuplicateKeyException ex) {
			refuseDuplicate(member.idNumber());
			throw ex;
		}
		Long actor = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		this.members.recordEvent(id, kind, null, member.orgId(), actor, note);
		this.orgs.adjustMemberCounts(Map.of(member.orgId(), 1));
		MemberRecord saved = this.members.find(id).orElseThrow();
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "member", id, saved.orgPath(), "登记会员 " + saved.name())
			.withChanges(AuditEntry.diff(Map.of(), fields(saved))));
		this.events.publishEvent(new MemberJoined(id, member.orgId()));
		return saved;
	}

	@Transactional
	public MemberRecord update(DataScope scope, long id, MemberPatch patch) {
		MemberRecord current = findWithin(scope, id).orElseThrow(GonghuiException::notFound);
		if (patch.version() != null && patch.version() != current.version()) {
			throw GonghuiException.conflict("error.concurrent-change");
		}
		long orgId = current.orgId();
		String orgPath = current.orgPath();
		boolean transfer = patch.orgId() != null && patch.orgId() != current.orgId();
		if (transfer) {
			if (current.status() != MemberStatus.ACTIVE) {
				throw GonghuiException.invalidField("orgId", "member.transfer.not-active");
			}
			// the receiving union may be anywhere in the tree: transfers cross regions
			OrgSummary target = this.orgs.find(patch.orgId())
				.filter(org -> org.type() == OrgType.GRASSROOTS_UNION)
				.orElseThrow(() -> GonghuiException.invalidField("orgId", "member.org.not-grassroots"));
			orgId = target.id();
			orgPath = target.path();
		}
		MemberStatus status = patch.status() == null ? current.status() : patch.status();
		if (status == MemberStatus.TRANSFERRED_OUT && current.status() != MemberStatus.TRANSFERRED_OUT) {
			throw GonghuiException.invalidField("status", "member.status.transfer-via-org");
		}
		String employer = patch.employer() == null ? current.employer() : blankToNull(patch.employer());
		if (transfer && patch.employer() == null) {
			OrgSummary target = this.orgs.find(orgId).orElseThrow();
			employer = target.employer() == null ? current.employer() : target.employer().name();
		}
		MemberRecord changed = new MemberRecord(current.id(),
				patch.name() == null ? current.name() : patch.name().strip(), current.idNumberMasked(),
				current.birthDate(), current.gender(), patch.phone() == null ? current.phone() : phone(patch.phone()),
				orgId, orgPath, employer, patch.joinedOn() == null ? current.joinedOn() : patch.joinedOn(), status,
				patch.occupation() == null ? current.occupation() : blankToNull(patch.occupation()),
				patch.skillLevel() == null ? current.skillLevel() : patch.skillLevel(),
				patch.newEmploymentForm() == null ? current.newEmploymentForm() : patch.newEmploymentForm(),
				current.version());
		if (!this.members.update(changed, current.version())) {
			throw GonghuiException.conflict("error.concurrent-change");
		}
		Long actor = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		if (transfer) {
			this.members.recordEvent(id, "TRANSFERRED", current.orgId(), orgId, actor, patch.note());
			this.orgs.adjustMemberCounts(Map.of(current.orgId(), -1, orgId, 1));
			this.events.publishEvent(new MemberTransferred(id, current.orgId(), orgId));
		}
		if (status != current.status()) {
			boolean leaving = status == MemberStatus.LEFT;
			this.members.recordEvent(id, leaving ? "LEFT" : "REJOINED", leaving ? orgId : null, leaving ? null : orgId,
					actor, patch.note());
			this.orgs.adjustMemberCounts(Map.of(orgId, leaving ? -1 : 1));
			if (leaving) {
				this.events.publishEvent(new MemberLeft(id, orgId));
			}
		}
		MemberRecord saved = this.members.find(id).orElseThrow();
		this.audit.record(AuditEntry
			.of(transfer ? AuditAction.TRANSFER : AuditAction.UPDATE, "member", id, current.orgPath(),
					(transfer ? "会员关系接转 " : "修改会员 ") + saved.name())
			.withChanges(AuditEntry.diff(fields(current), fields(saved))));
		return saved;
	}

	/** The full ID number, for staff of the member's subtree; every reveal is audited. */
	@Transactional
	public String revealIdNumber(DataScope scope, long id) {
		MemberRecord member = findWithin(scope, id).orElseThrow(GonghuiException::notFound);
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", id, member.orgPath(),
				"查看会员 " + member.name() + " 的完整身份证号"));
		return this.members.idNumber(id);
	}

	List<MemberRepository.MembershipEvent> history(long id) {
		return this.members.history(id);
	}

	IdNumber idNumber(String raw) {
		IdNumber.Result parsed = IdNumber.parse(raw);
		if (parsed.idNumber() == null) {
			throw GonghuiException.invalidField("idNumber", String.valueOf(parsed.errorKey()));
		}
		return parsed.idNumber();
	}

	static String phone(String raw) {
		return MobileNumber.normalise(raw)
			.orElseThrow(() -> GonghuiException.invalidField("phone", "member.phone.invalid"));
	}

	OrgSummary grassrootsUnion(long orgId, DataScope scope) {
		OrgSummary union = this.orgs.findWithin(scope, orgId)
			.orElseThrow(() -> GonghuiException.invalidField("orgId", "member.org.not-found"));
		if (union.type() != OrgType.GRASSROOTS_UNION) {
			throw GonghuiException.invalidField("orgId", "member.org.not-grassroots");
		}
		return union;
	}

	/** One ID number is one member platform-wide; say which union already holds it. */
	void refuseDuplicate(IdNumber idNumber) {
		this.members.findByIdNumber(idNumber.value()).ifPresent(existing -> {
			String union = this.orgs.find(existing.orgId()).map(OrgSummary::name).orElse("?");
			throw GonghuiException.conflict("member.duplicate", idNumber.masked(), union);
		});
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Map<String, @Nullable Object> fields(MemberRecord member) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", member.name());
		fields.put("idNumber", member.idNumberMasked());
		fields.put("phone", member.phone() == null ? null : MobileNumber.mask(member.phone()));
		fields.put("orgId", member.orgId());
		fields.put("employer", member.employer());
		fields.put("joinedOn", member.joinedOn());
		fields.put("status", member.status());
		fields.put("occupation", member.occupation());
		fields.put("skillLevel", member.skillLevel());
		fields.put("newEmploymentForm", member.newEmploymentForm());
		return fields;
	}

}
