package org.gonghui.competition.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

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
 * (linked once on 实名认证, the member module's one place that links); a union nominates only
 * members in its scope, teams too (a captain on the portal invites teammates instead, see
 * {@link TeamInvitations}). On a nomination, unknown, mismatched and out-of-scope members
 * all get one answer, so the forms cannot be used to probe who is a member; every lookup
 * is audited, refusals too (the audit says which refusal it was).
 */
@Component
class EntrantIdentity {

	private final MemberDirectory members;

	private final AuditLog audit;

	EntrantIdentity(MemberDirectory members, AuditLog audit) {
		this.members = members;
		this.audit = audit;
	}

	/**
	 * The member a worker signs up as: the one their account is linked to, whatever the
	 * sign-up names; 403 without a link.
	 */
	MemberSummary self(CurrentUser worker, StoredContest contest) {
		MemberSummary member = this.members.requireLinked(worker.accountId());
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				"竞赛「" + contest.name() + "」报名，按账号绑定的会员核验：" + member.name()));
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

	private Optional<MemberSummary> lookUp(String name, String idNumber) {
		return this.members.findByIdNumber(idNumber.strip()).filter((member) -> member.name().equals(name.strip()));
	}

	private void found(StoredContest contest, MemberSummary member, String purpose) {
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				"竞赛「" + contest.name() + "」" + purpose + "，按姓名和身份证号核验会员：" + member.name()));
	}

	private Refused refuse(StoredContest contest, String name, String idNumberTyped, String purpose, String key,
			Object... arguments) {
		IdNumber.Result parsed = IdNumber.parse(idNumberTyped.strip());
		String idNumber = parsed.idNumber() == null ? "（格式无效）" : parsed.idNumber().masked();
		// written in the caller's transaction, which commits on this refusal (nothing but
		// audit entries is written before the lookups): a second connection taken here
		// while
		// the first is held starves the pool when many refusals run at once
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", idNumber, contest.orgPath(),
				"竞赛「" + contest.name() + "」" + purpose + "，会员核验未通过：姓名 " + name.strip() + "，身份证号 " + idNumber));
		return new Refused(key, arguments);
	}

	/**
	 * A nominee or teammate not verified: the nomination's transaction commits on it, so
	 * the refusal's audit entry stays.
	 */
	static final class Refused extends GonghuiException {

		Refused(String key, Object... arguments) {
			super(HttpStatus.UNPROCESSABLE_CONTENT, List.of(new FieldError("idNumber", key, arguments)), key,
					arguments);
		}

	}

}
