package org.gonghui.member.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.account.Accounts;
import org.gonghui.account.Accounts.AccountSummary;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberStatus;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

/**
 * The worker account a member is linked to, as staff of the member's subtree see it, and
 * its removal. Staff unlink when the wrong person proved the identity (a relative who
 * knew the ID number) or the worker lost the account; the worker then proves name and ID
 * number again and confirm with the code sent to the roster phone (实名认证). Staff link an
 * account themselves only as a fallback, after checking the worker's identity in person:
 * the roster has no mobile number, or the worker cannot receive the code.
 */
@Service
class LinkedAccounts {

	static final int REASON_MAX = 200;

	private final MemberRegistry registry;

	private final AccountLinks links;

	private final Accounts accounts;

	private final AuditLog audit;

	private final CheckCodes checkCodes;

	LinkedAccounts(MemberRegistry registry, AccountLinks links, Accounts accounts, AuditLog audit,
			CheckCodes checkCodes) {
		this.registry = registry;
		this.links = links;
		this.accounts = accounts;
		this.audit = audit;
		this.checkCodes = checkCodes;
	}

	/** The member's link, if any; 404 outside the scope. */
	Optional<LinkedAccount> of(DataScope scope, long memberId) {
		this.registry.findWithin(scope, memberId).orElseThrow(GonghuiException::notFound);
		return this.links.ofMember(memberId).map(this::view);
	}

	/**
	 * Removes the member's link with a required reason (audited); 404 outside the scope
	 * or when no account is linked.
	 */
	@Transactional
	LinkedAccount unlink(DataScope scope, long memberId, @Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw reasonRefused("member.account.reason-required");
		}
		if (why.length() > REASON_MAX) {
			throw reasonRefused("member.account.reason-too-long", REASON_MAX);
		}
		MemberRecord member = this.registry.findWithin(scope, memberId).orElseThrow(GonghuiException::notFound);
		LinkedAccount removed = this.links.unlink(memberId)
			.map(this::view)
			.orElseThrow(() -> new GonghuiException(HttpStatus.NOT_FOUND, "member.account.not-linked"));
		this.audit.record(AuditEntry
			.of(AuditAction.DELETE, "member-account", memberId, member.orgPath(),
					"解除职工账号 " + removed.username() + " 与会员 " + member.name() + " 的绑定，原因：" + why)
			.withChanges(List.of(new AuditEntry.Change("account", removed.username(), null))));
		return removed;
	}

	/**
	 * Links the member to the worker account with this login name and the 账号核对码 its 实名认证
	 * page shows ({@link CheckCodes}: the owner is there), with a required reason
	 * (audited); lifts a block staff put on that pair. 404 outside the scope; refused
	 * when the member is not active, either side is linked, or the name and code do not
	 * name a worker account (one answer whether the name is unknown, the account not a
	 * worker's or the code wrong, so the form cannot be used to probe login names).
	 */
	@Transactional
	LinkedAccount link(DataScope scope, long memberId, @Nullable String username, @Nullable String checkCode,
			@Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw reasonRefused("member.account.link-reason-required");
		}
		if (why.length() > REASON_MAX) {
			throw reasonRefused("member.account.reason-too-long", REASON_MAX);
		}
		String login = username == null ? "" : username.strip();
		if (login.isEmpty()) {
			throw GonghuiException.invalidField("username", "member.account.username-required");
		}
		String code = checkCode == null ? "" : checkCode.strip();
		if (code.isEmpty()) {
			throw GonghuiException.invalidField("checkCode", "member.account.check-code-required");
		}
		MemberRecord member = this.registry.findWithin(scope, memberId).orElseThrow(GonghuiException::notFound);
		if (member.status() != MemberStatus.ACTIVE) {
			throw GonghuiException.conflict("member.account.link-not-active");
		}
		AccountSummary account = this.accounts.findByUsername(login)
			.filter((found) -> found.role() == Role.WORKER && this.checkCodes.matches(found.id(), code))
			.orElseThrow(() -> GonghuiException.invalidField("checkCode", "member.account.unverified"));
		if (this.links.ofMember(memberId).isPresent()) {
			throw GonghuiException.conflict("member.account.member-linked");
		}
		if (this.links.memberOf(account.id()).isPresent()) {
			throw GonghuiException.conflict("member.account.account-linked", login);
		}
		boolean wasBlocked = this.links.unblock(account.id(), memberId);
		if (!this.links.link(account.id(), memberId)) {
			// the worker or another member's staff linked one side meanwhile
			throw this.links.ofMember(memberId).isPresent() ? GonghuiException.conflict("member.account.member-linked")
					: GonghuiException.conflict("member.account.account-linked", login);
		}
		this.audit.record(AuditEntry
			.of(AuditAction.CREATE, "member-account", memberId, member.orgPath(),
					"经当面核验身份，将职工账号 " + account.username() + " 绑定为会员 " + member.name()
							+ (wasBlocked ? "（解除此前对该账号重新绑定的限制）" : "") + "，原因：" + why)
			.withChanges(List.of(new AuditEntry.Change("account", null, account.username()))));
		return this.links.ofMember(memberId).map(this::view).orElseThrow();
	}

	/**
	 * Lets an account staff unlinked prove the member again (it was the member after
	 * all), with a required reason (audited); 404 outside the scope or when the account
	 * is not blocked for the member.
	 */
	@Transactional
	void unblock(DataScope scope, long memberId, long accountId, @Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw reasonRefused("member.account.reason-required");
		}
		if (why.length() > REASON_MAX) {
			throw reasonRefused("member.account.reason-too-long", REASON_MAX);
		}
		MemberRecord member = this.registry.findWithin(scope, memberId).orElseThrow(GonghuiException::notFound);
		if (!this.links.unblock(accountId, memberId)) {
			throw new GonghuiException(HttpStatus.NOT_FOUND, "member.account.not-blocked");
		}
		String username = this.accounts.find(accountId).map(AccountSummary::username).orElse("#" + accountId);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "member-account", memberId, member.orgPath(),
				"允许职工账号 " + username + " 重新核验绑定会员 " + member.name() + "，原因：" + why));
	}

	private LinkedAccount view(AccountLinks.Link link) {
		Optional<AccountSummary> account = this.accounts.find(link.accountId());
		return new LinkedAccount(link.accountId(), account.map(AccountSummary::username).orElse("#" + link.accountId()),
				account.map(AccountSummary::displayName).orElse(null), link.linkedAt());
	}

	private static GonghuiException reasonRefused(String key, Object... arguments) {
		return new GonghuiException(HttpStatus.BAD_REQUEST,
				List.of(new GonghuiException.FieldError("reason", key, arguments)), key, arguments);
	}

	record LinkedAccount(long accountId, String username, @Nullable String displayName, Instant linkedAt) {
	}

}
