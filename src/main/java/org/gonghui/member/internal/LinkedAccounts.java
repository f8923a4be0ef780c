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
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * The worker account a member is linked to, as staff of the member's subtree see it, and
 * its removal. Staff unlink when the wrong person proved the identity (a relative who
 * knew the ID number) or the worker lost the account; the worker then proves name and ID
 * number again on any portal page that asks for them. Staff never link an account
 * themselves: only the worker's proof does.
 */
@Service
class LinkedAccounts {

	static final int REASON_MAX = 200;

	private final MemberRegistry registry;

	private final AccountLinks links;

	private final Accounts accounts;

	private final AuditLog audit;

	LinkedAccounts(MemberRegistry registry, AccountLinks links, Accounts accounts, AuditLog audit) {
		this.registry = registry;
		this.links = links;
		this.accounts = accounts;
		this.audit = audit;
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
