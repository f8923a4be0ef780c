package org.gonghui.mutualaid.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.shared.web.GonghuiException;

/**
 * Which member a worker account speaks for in the portal. Accounts and members are not
 * linked elsewhere yet: the worker proves who they are once with the name and ID number
 * on the roster (实名核验), and the link is kept here.
 */
@Service("mutualAidMemberLinks")
class MemberLinks {

	private final JdbcClient jdbc;

	private final MemberDirectory members;

	private final AuditLog audit;

	MemberLinks(JdbcClient jdbc, MemberDirectory members, AuditLog audit) {
		this.jdbc = jdbc;
		this.members = members;
		this.audit = audit;
	}

	Optional<MemberSummary> memberOf(long accountId) {
		return this.jdbc.sql("select member_id from mutualaid.member_account where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.optional()
			.flatMap(this.members::find);
	}

	/** Links the account to the active member with this name and ID number. */
	@Transactional
	MemberSummary verify(long accountId, String name, String idNumber) {
		MemberSummary member = this.members.findByIdNumber(idNumber.strip())
			.filter(m -> m.name().equals(name.strip()) && m.status() == MemberStatus.ACTIVE)
			.orElseThrow(() -> GonghuiException.invalid("mutual-aid.link.not-a-member"));
		link(accountId, member);
		return member;
	}

	@Transactional
	void link(long accountId, MemberSummary member) {
		int linked = this.jdbc.sql("""
				insert into mutualaid.member_account (account_id, member_id) values (:account, :member)
				on conflict do nothing""").param("account", accountId).param("member", member.id()).update();
		if (linked == 0) {
			throw GonghuiException.conflict("mutual-aid.link.taken");
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "mutual-aid-link", member.id(), member.orgPath(),
				"职工账号 #" + accountId + " 核验为会员 " + member.name()));
	}

}
