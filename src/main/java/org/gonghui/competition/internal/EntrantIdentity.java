package org.gonghui.competition.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.competition.SignUp;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * Who an entry is for. A worker enters only as the member their account is linked to
 * (linked on the first sign-up by name and ID number); a union nominates only members in
 * its scope, teams too (a captain on the portal invites teammates instead, see
 * {@link TeamInvitations}). Unknown, mismatched and out-of-scope members, a member proven
 * to be someone else, and a member already linked to another account all get one answer,
 * so the forms cannot be used to probe who is a member or who has an account; every
 * lookup is audited, refusals too (the audit says which refusal it was).
 */
@Component
class EntrantIdentity {

	private final MemberDirectory members;

	private final AuditLog audit;

	private final TransactionTemplate own;

	private final IdentityAttempts attempts;

	EntrantIdentity(MemberDirectory members, AuditLog audit, PlatformTransactionManager transactions,
			IdentityAttempts attempts) {
		this.members = members;
		this.attempts = attempts;
		this.audit = audit;
		this.own = new TransactionTemplate(transactions);
		// a refusal rolls the caller back; its audit entry must stay
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The one answer to every identity refusal on the portal's sign-up. */
	static final String NOT_VERIFIED = "competition.sign-up.not-verified";

	MemberSummary self(CurrentUser worker, StoredContest contest, SignUp signUp) {
		MemberSummary member = lookUp(signUp.name(), signUp.idNumber())
			.orElseThrow(() -> refuse(contest, signUp.name(), signUp.idNumber(), "报名", NOT_VERIFIED));
		Optional<MemberSummary> linked = this.members.linkedTo(worker.accountId());
		if (linked.isPresent() && linked.get().id() != member.id()) {
			throw refuse(contest, signUp.name(), signUp.idNumber(), "报名（非本人）", NOT_VERIFIED);
		}
		if (linked.isEmpty() && !this.members.link(worker.accountId(), member.id())) {
			throw refuse(contest, signUp.name(), signUp.idNumber(), "报名（会员已绑定其他账号）", NOT_VERIFIED);
		}
		found(contest, member, "报名");
		return member;
	}

	MemberSummary nominee(DataScope scope, StoredContest contest, SignUp signUp) {
		// a union nominates its own members; the organiser may nominate anyone in its
		// subtree
		MemberSummary member = lookUp(signUp.name(), signUp.idNumber())
			.filter((found) -> scope.contains(found.orgPath()))
			.orElseThrow(
					() -> refuse(contest, signUp.name(), signUp.idNumber(), "推荐参赛", "competition.nominate.not-found"));
		found(contest, member, "推荐参赛");
		return member;
	}

	/**
	 * A nominated team's member other than the captain, in the nominating union's scope
	 * (a nomination names only its own members). Unknown, mismatched and out-of-scope
	 * teammates get one answer, naming only the place on the form.
	 */
	MemberSummary teammate(DataScope scope, StoredContest contest, SignUp.Teammate teammate, int position) {
		MemberSummary member = lookUp(teammate.name(), teammate.idNumber())
			.filter((found) -> scope.contains(found.orgPath()))
			.orElseThrow(() -> refuse(contest, teammate.name(), teammate.idNumber(), "团体赛队员",
					"competition.team.member-not-verified", position, teammate.name().strip()));
		found(contest, member, "团体赛队员");
		return member;
	}

	/**
	 * A worker proves to be a member (实名核验) to answer the team invitations addressed to
	 * them; every refusal gets the sign-up's one answer. Failed checks are bounded per
	 * account and per ID number a day, and each is audited under the member the ID number
	 * names, if any, so their union sees someone trying it.
	 */
	MemberSummary proveSelf(CurrentUser worker, String name, String idNumber) {
		if (name.isBlank() || idNumber.isBlank()) {
			throw GonghuiException.invalidField("idNumber", NOT_VERIFIED);
		}
		byte[] hash = this.members.idNumberHash(idNumber).orElse(null);
		this.attempts.serialise(worker.accountId());
		if (this.attempts.exhausted(worker.accountId(), hash)) {
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "competition.verify.too-many");
		}
		MemberSummary member = this.members.prove(worker.accountId(), name, idNumber).orElse(null);
		if (member == null) {
			IdNumber.Result parsed = IdNumber.parse(idNumber.strip());
			String masked = parsed.idNumber() == null ? "（格式无效）" : parsed.idNumber().masked();
			Optional<MemberSummary> named = this.members.findByIdNumber(idNumber.strip());
			this.own.executeWithoutResult((status) -> {
				this.attempts.failed(worker.accountId(), hash);
				this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member",
						named.map((m) -> (Object) m.id()).orElse(masked),
						named.map(MemberSummary::orgPath).orElse(null),
						"竞赛队伍邀请实名核验未通过：职工账号 #" + worker.accountId() + "，姓名 " + name.strip() + "，身份证号 " + masked));
			});
			throw GonghuiException.invalidField("idNumber", NOT_VERIFIED);
		}
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				"竞赛队伍邀请实名核验，职工账号 #" + worker.accountId() + " 按姓名和身份证号核验为会员 " + member.name()));
		return member;
	}

	private Optional<MemberSummary> lookUp(String name, String idNumber) {
		return this.members.findByIdNumber(idNumber.strip()).filter((member) -> member.name().equals(name.strip()));
	}

	private void found(StoredContest contest, MemberSummary member, String purpose) {
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				"竞赛「" + contest.name() + "」" + purpose + "，按姓名和身份证号核验会员：" + member.name()));
	}

	private GonghuiException refuse(StoredContest contest, String name, String idNumberTyped, String purpose,
			String key, Object... arguments) {
		IdNumber.Result parsed = IdNumber.parse(idNumberTyped.strip());
		String idNumber = parsed.idNumber() == null ? "（格式无效）" : parsed.idNumber().masked();
		this.own.executeWithoutResult((status) -> this.audit
			.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", idNumber, contest.orgPath(),
					"竞赛「" + contest.name() + "」" + purpose + "，会员核验未通过：姓名 " + name.strip() + "，身份证号 " + idNumber)));
		return GonghuiException.invalidField("idNumber", key, arguments);
	}

}
