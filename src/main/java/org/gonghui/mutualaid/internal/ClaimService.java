package org.gonghui.mutualaid.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;
import org.gonghui.mutualaid.ClaimCalculator;
import org.gonghui.mutualaid.ClaimComputation;
import org.gonghui.mutualaid.ClaimFacts;
import org.gonghui.mutualaid.ClaimPaid;
import org.gonghui.mutualaid.ClaimStatus;
import org.gonghui.mutualaid.CoverPeriod;
import org.gonghui.mutualaid.Invoice;
import org.gonghui.mutualaid.NewClaim;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * Filing, computing, deciding and paying claims. The amount is computed from the plan's
 * terms when the claim is filed (so the member sees it) and again when it is approved,
 * under a lock on the member's cap row for the plan-year: two approvals at once wait for
 * each other and together never exceed the yearly cap. A payout is recorded once.
 */
@Service("mutualAidClaimService")
class ClaimService {

	static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

	static final int MAX_DOCUMENTS = 20;

	// what RULES.md says a claim needs: medical papers, ID, the unit's certificate
	static final List<String> DOCUMENT_KINDS = List.of("INVOICE", "MEDICAL_RECORD", "ID_CARD", "UNIT_CERTIFICATE",
			"OTHER");

	private final Claims claims;

	private final Enrolments enrolments;

	private final PlanService plans;

	private final MemberDirectory members;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ClaimService(Claims claims, Enrolments enrolments, PlanService plans, MemberDirectory members,
			PersonalDataCipher cipher, AuditLog audit, ApplicationEventPublisher events) {
		this.claims = claims;
		this.enrolments = enrolments;
		this.plans = plans;
		this.members = members;
		this.cipher = cipher;
		this.audit = audit;
		this.events = events;
	}

	/** Staff file for a member of their subtree. */
	@Transactional
	ClaimRecord file(DataScope scope, NewClaim claim) {
		MemberSummary member = this.members.find(claim.memberId())
			.filter(m -> scope.contains(m.orgPath()))
			.orElseThrow(() -> GonghuiException.invalidField("memberId", "mutual-aid.claim.member-not-found"));
		return file(member, claim);
	}

	@Transactional
	ClaimRecord file(MemberSummary member, NewClaim claim) {
		if (claim.diagnosis().isBlank()) {
			throw GonghuiException.invalidField("diagnosis", "claim.diagnosis-required");
		}
		PlanRecord plan = this.plans.plan(claim.planId());
		int year = claim.eventDate().getYear();
		List<CoverPeriod> cover = this.enrolments.ofMemberInPlan(member.id(), plan.id())
			.stream()
			.map(EnrolmentRecord::cover)
			.toList();
		if (cover.isEmpty()) {
			throw GonghuiException.invalidField("planId", "mutual-aid.claim.not-enrolled", plan.name());
		}
		YearTerms terms = this.plans.terms(plan.id(), year);
		Money committed = this.claims.committed(member.id(), plan.id(), year);
		ClaimFacts facts = new ClaimFacts(cover, claim.eventDate(), claim.diagnosisCode(), claim.invoices(), committed);
		ClaimComputation computation = ClaimCalculator.calculate(terms.terms(), facts);
		Money claimed = claim.invoices().stream().map(Invoice::selfPaid).reduce(Money.ZERO, Money::plus);
		Long by = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		long id = this.claims.insert(new Claims.NewClaimRow(plan.id(), year, member.id(), member.name(), member.orgId(),
				member.orgPath(), claim.eventDate(), this.cipher.encrypt(claim.diagnosisCode().strip()),
				this.cipher.encrypt(claim.diagnosis().strip()), claimed, computation, claim.invoices(), by));
		this.audit.record(AuditEntry
			.of(AuditAction.CREATE, "mutual-aid-claim", id, member.orgPath(),
					"提交互助保障理赔申请 " + member.name() + "（" + plan.name() + "）")
			.withChanges(AuditEntry.diff(Map.of(), Map.of("claimed", claimed.format(), "computed",
					computation.payable().format(), "eventDate", claim.eventDate().toString()))));
		return this.claims.find(id).orElseThrow();
	}

	/**
	 * Files the claim with its documents in one transaction: a refused document leaves no
	 * claim behind.
	 */
	@Transactional
	ClaimRecord fileWithDocuments(MemberSummary member, NewClaim claim, List<Upload> uploads) {
		ClaimRecord filed = file(member, claim);
		for (Upload upload : uploads) {
			attach(filed, upload.kind(), upload.filename(), upload.content());
		}
		return filed;
	}

	ClaimRecord findWithin(DataScope scope, long id) {
		return this.claims.find(id).filter(c -> scope.contains(c.orgPath())).orElseThrow(GonghuiException::notFound);
	}

	ClaimRecord find(long id) {
		return this.claims.find(id).orElseThrow(GonghuiException::notFound);
	}

	@Transactional
	Money approve(DataScope scope, long id) {
		findWithin(scope, id);
		return approve(id);
	}

	/**
	 * Recomputes under the member's cap lock, so that what was approved meanwhile for the
	 * same member and plan-year is counted; a zero amount cannot be approved (reject it
	 * with the reason instead).
	 */
	@Transactional
	Money approve(long id) {
		ClaimRecord seen = find(id);
		Money committed = this.claims.lockCap(seen.memberId(), seen.planId(), seen.year());
		ClaimRecord claim = this.claims.findForUpdate(id).orElseThrow(GonghuiException::notFound);
		requireSubmitted(claim);
		List<CoverPeriod> cover = this.enrolments.ofMemberInPlan(claim.memberId(), claim.planId())
			.stream()
			.map(EnrolmentRecord::cover)
			.toList();
		// the code is needed to match the disease list: a use by the platform, not a
		// person's read, so it is not audited as one
		String code = this.cipher.decrypt(this.claims.diagnosis(id).code());
		ClaimComputation computation = ClaimCalculator.calculate(this.plans.terms(claim.planId(), claim.year()).terms(),
				new ClaimFacts(cover, claim.eventDate(), code, this.claims.invoices(id), committed));
		if (!computation.payableAtAll()) {
			throw GonghuiException.invalid("mutual-aid.claim.nothing-payable",
					computation.zeroReasonKey() == null ? "" : computation.zeroReasonKey());
		}
		Long by = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		if (!this.claims.approve(id, claim.version(), computation, by)) {
			throw GonghuiException.conflict("mutual-aid.claim.already-decided");
		}
		this.claims.commit(claim.memberId(), claim.planId(), claim.year(), computation.payable());
		this.audit.record(AuditEntry
			.of(AuditAction.APPROVE, "mutual-aid-claim", id, claim.orgPath(),
					"批准互助保障理赔 " + claim.memberName() + "，核定金额 " + computation.payable().format() + " 元")
			.withChanges(AuditEntry.diff(Map.of("status", ClaimStatus.SUBMITTED, "payable", claim.payable().format()),
					Map.of("status", ClaimStatus.APPROVED, "payable", computation.payable().format()))));
		return computation.payable();
	}

	@Transactional
	void reject(DataScope scope, long id, String reason) {
		findWithin(scope, id);
		reject(id, reason);
	}

	@Transactional
	void reject(long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw GonghuiException.invalidField("reason", "mutual-aid.claim.reason-required");
		}
		ClaimRecord claim = this.claims.findForUpdate(id).orElseThrow(GonghuiException::notFound);
		requireSubmitted(claim);
		if (!this.claims.reject(id, claim.version(), reason.strip(),
				CurrentUser.current().map(CurrentUser::accountId).orElse(null))) {
			throw GonghuiException.conflict("mutual-aid.claim.already-decided");
		}
		this.audit.record(AuditEntry
			.of(AuditAction.REJECT, "mutual-aid-claim", id, claim.orgPath(),
					"驳回互助保障理赔 " + claim.memberName() + "：" + reason.strip())
			.withChanges(AuditEntry.diff(Map.of("status", ClaimStatus.SUBMITTED),
					Map.of("status", ClaimStatus.REJECTED, "reason", reason.strip()))));
	}

	@Transactional
	ClaimRecord pay(DataScope scope, long id, @Nullable String reference) {
		findWithin(scope, id);
		return pay(id, reference);
	}

	@Transactional
	ClaimRecord pay(long id, @Nullable String reference) {
		ClaimRecord claim = this.claims.findForUpdate(id).orElseThrow(GonghuiException::notFound);
		if (claim.status() == ClaimStatus.PAID) {
			throw GonghuiException.conflict("mutual-aid.claim.already-paid");
		}
		if (claim.status() != ClaimStatus.APPROVED) {
			throw GonghuiException.conflict("mutual-aid.claim.not-approved");
		}
		try {
			this.claims.insertPayout(claim, Texts.blankToNull(reference),
					CurrentUser.current().map(CurrentUser::accountId).orElse(null));
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("mutual-aid.claim.already-paid");
		}
		this.audit.record(AuditEntry
			.of(AuditAction.UPDATE, "mutual-aid-claim", id, claim.orgPath(),
					"互助保障理赔已赔付 " + claim.memberName() + " " + claim.payable().format() + " 元")
			.withChanges(AuditEntry.diff(Map.of("status", ClaimStatus.APPROVED),
					Map.of("status", ClaimStatus.PAID, "paid", claim.payable().format()))));
		this.events.publishEvent(new ClaimPaid(id, claim.memberId(), claim.planId(), claim.orgId(), claim.payable()));
		return this.claims.find(id).orElseThrow();
	}

	/** The diagnosis in the clear, for a person entitled to the claim; audited. */
	@Transactional
	Diagnosis revealDiagnosis(ClaimRecord claim) {
		Claims.Ciphers ciphers = this.claims.diagnosis(claim.id());
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "mutual-aid-claim", claim.id(), claim.orgPath(),
				"查看理赔 " + claim.memberName() + " 的诊断（健康信息）"));
		return new Diagnosis(this.cipher.decrypt(ciphers.code()), this.cipher.decrypt(ciphers.diagnosis()));
	}

	/**
	 * Keeps a supporting document: PDF, JPEG or PNG as its first bytes show, at most 10
	 * MB, at most 20 per claim, and only while the claim is open.
	 */
	@Transactional
	long attach(ClaimRecord claim, String kind, String filename, byte[] content) {
		if (claim.status() != ClaimStatus.SUBMITTED) {
			throw GonghuiException.conflict("mutual-aid.claim.already-decided");
		}
		if (!DOCUMENT_KINDS.contains(kind)) {
			throw GonghuiException.invalidField("kind", "mutual-aid.document.kind");
		}
		if (content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
			throw GonghuiException.invalidField("file", "mutual-aid.document.size", MAX_DOCUMENT_BYTES / 1024 / 1024);
		}
		String type = contentType(content);
		if (type == null) {
			throw GonghuiException.invalidField("file", "mutual-aid.document.type");
		}
		if (this.claims.documents(claim.id()).size() >= MAX_DOCUMENTS) {
			throw GonghuiException.invalidField("file", "mutual-aid.document.too-many", MAX_DOCUMENTS);
		}
		String name = filename.isBlank() ? "document" : filename.replaceAll("[\\\\/\\r\\n\"]", "_");
		long id = this.claims.insertDocument(claim.id(), kind, name.length() > 120 ? name.substring(0, 120) : name,
				type, content.length, this.cipher.encryptBytes(content));
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "mutual-aid-claim", claim.id(), claim.orgPath(),
				"上传理赔材料 " + name + "（" + claim.memberName() + "）"));
		return id;
	}

	/** Reading a document (medical papers) is a read of health data: audited. */
	@Transactional
	Claims.Document document(ClaimRecord claim, long documentId) {
		Claims.Document stored = this.claims.document(claim.id(), documentId).orElseThrow(GonghuiException::notFound);
		// medical papers are sealed at rest; rows from before that are read as they are
		Claims.Document document = stored.encrypted() ? new Claims.Document(stored.filename(), stored.contentType(),
				this.cipher.decryptBytes(stored.content()), false) : stored;
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "mutual-aid-claim", claim.id(), claim.orgPath(),
				"查看理赔材料 " + document.filename() + "（" + claim.memberName() + "）"));
		return document;
	}

	List<Claims.DocumentInfo> documents(long claimId) {
		return this.claims.documents(claimId);
	}

	List<Invoice> invoices(long claimId) {
		return this.claims.invoices(claimId);
	}

	List<ClaimRecord> ofMember(long memberId) {
		return this.claims.ofMember(memberId);
	}

	static @Nullable String contentType(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
			return "application/pdf";
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
			return "image/png";
		}
		return null;
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static void requireSubmitted(ClaimRecord claim) {
		if (claim.status() != ClaimStatus.SUBMITTED) {
			throw GonghuiException.conflict("mutual-aid.claim.already-decided");
		}
	}

	record Upload(String kind, String filename, byte[] content) {
	}

	record Diagnosis(String code, String text) {
	}

}
