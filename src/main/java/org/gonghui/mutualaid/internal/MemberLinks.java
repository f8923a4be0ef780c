package org.gonghui.mutualaid.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.web.GonghuiException;

/**
 * Which member a worker account speaks for in the portal: the platform's one link, kept
 * by the member module ({@link MemberDirectory#linkedTo}), so the account is the same
 * member in mutual aid, contests and hardship help. The worker proves it once with the
 * name and ID number on the roster (实名核验). An unknown person, a wrong name, a member who
 * left and a member proven by another account all get one answer, so the form cannot be
 * used to learn who is a member; every lookup is audited, refusals too.
 */
@Service("mutualAidMemberLinks")
class MemberLinks {

	private final MemberDirectory members;

	private final AuditLog audit;

	MemberLinks(MemberDirectory members, AuditLog audit) {
		this.members = members;
		this.audit = audit;
	}

	Optional<MemberSummary> memberOf(long accountId) {
		return this.members.linkedTo(accountId);
	}

	/**
	 * Links the account to the active member with this name and ID number. A refusal has
	 * written nothing but its audit entry, so it commits that entry in this same
	 * transaction (no second connection); call it on its own, not inside a transaction
	 * that writes.
	 */
	@Transactional(noRollbackFor = GonghuiException.class)
	MemberSummary verify(long accountId, String name, String idNumber) {
		Optional<MemberSummary> found = this.members.findByIdNumber(idNumber.strip());
		Optional<MemberSummary> named = found
			.filter((m) -> m.name().equals(name.strip()) && m.status() == MemberStatus.ACTIVE);
		boolean proven = named.isPresent() && this.members.linkedTo(accountId)
			.map((linked) -> linked.id() == named.get().id())
			.orElseGet(() -> this.members.link(accountId, named.get().id()));
		if (!proven) {
			IdNumber.Result parsed = IdNumber.parse(idNumber.strip());
			String masked = parsed.idNumber() == null ? "（格式无效）" : parsed.idNumber().masked();
			// filed under the member the ID number names, if any: their union sees the
			// attempt
			String orgPath = found.map(MemberSummary::orgPath).orElse(null);
			this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member",
					found.map((m) -> (Object) m.id()).orElse(masked), orgPath,
					"互助保障实名核验未通过：姓名 " + name.strip() + "，身份证号 " + masked));
			throw GonghuiException.invalid("mutual-aid.link.not-a-member");
		}
		MemberSummary member = named.get();
		this.audit.record(AuditEntry.of(AuditAction.READ_PERSONAL_DATA, "member", member.id(), member.orgPath(),
				"互助保障实名核验，职工账号 #" + accountId + " 按姓名和身份证号核验为会员 " + member.name()));
		return member;
	}

}
