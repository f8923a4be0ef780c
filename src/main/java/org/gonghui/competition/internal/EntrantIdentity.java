package org.gonghui.competition.internal;

import java.util.Optional;

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
 * its scope. Unknown, mismatched and out-of-scope members get one answer, so the forms
 * cannot be used to probe who is a member; every lookup is audited, refusals too.
 */
@Component
class EntrantIdentity {

	private final MemberDirectory members;

	private final AuditLog audit;

	private final TransactionTemplate own;

	EntrantIdentity(MemberDirectory members, AuditLog audit, PlatformTransactionManager transactions) {
		this.members = members;
		this.audit = audit;
		this.own = new TransactionTemplate(transactions);
		// a refusal rolls the caller back; its audit entry must stay
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	MemberSummary self(CurrentUser worker, StoredContest contest, SignUp signUp) {
		MemberSummary member = lookUp(signUp)
			.orElseThrow(() -> refuse(contest, signUp, "报名", "competition.sign-up.not-verified"));
		Optional<MemberSummary> linked = this.members.linkedTo(worker.accountId());
		if (linked.isPresent() && linked.get().id() != member.id()) {
			throw refuse(contest, signUp, "报名（非本人）", "competition.sign-up.not-yourself");
		}
		if (linked.isEmpty() && !this.members.link(worker.accountId(), member.id())) {
			throw refuse(contest, signUp, "报名（会员已绑定其他账号）", "competition.sign-up.member-taken");
		}
		found(contest, member, "报名");
		return member;
	}

	MemberSummary nominee(DataScope scope, StoredContest contest, SignUp signUp) {
		// a union nominates its own members; the organiser may nominate anyone in its
		// subtree
		MemberSummary member = lookUp(signUp).filter((found) -> scope.contains(found.orgPath()))
			.orElseThrow(() -> refuse(contest, signUp, "推荐参赛", "competition.nominate.not-found"));
		found(contest, member, "推荐参赛");
		return member;
	}

	private Optional<MemberSummary> lookUp(SignUp signUp) {
		return this.members.findByIdNumber(signUp.idNumber().strip())
			.filter((member) -> member.name().equals(signUp.name().strip()));
	}

	private void found(StoredContest contest, MemberSummary member, String purpose) {
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				"竞赛「" + contest.name() + "」" + purpose + "，按姓名和身份证号核验会员：" + member.name()));
	}

	private GonghuiException refuse(StoredContest contest, SignUp signUp, String purpose, String key) {
		IdNumber.Result parsed = IdNumber.parse(signUp.idNumber().strip());
		String idNumber = parsed.idNumber() == null ? "（格式无效）" : parsed.idNumber().masked();
		this.own.executeWithoutResult((status) -> this.audit
			.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", idNumber, contest.orgPath(), "竞赛「"
					+ contest.name() + "」" + purpose + "，会员核验未通过：姓名 " + signUp.name().strip() + "，身份证号 " + idNumber)));
		return GonghuiException.invalidField("idNumber", key);
	}

}
