package org.gonghui.member.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.account.Accounts;
import org.gonghui.account.Accounts.AccountSummary;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberStatus;
import org.gonghui.shared.db.AdvisoryLocks;
import org.gonghui.shared.security.CurrentUser;
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

	/** Wrong 账号核对码 a day for one worker account, whichever staff typed them. */
	static final int FAILURES_PER_TARGET = 5;

	/** Wrong 账号核对码 a day typed by one staff account, whichever accounts they named. */
	static final int FAILURES_PER_STAFF = 20;

	static final Duration DAY = Duration.ofDays(1);

	/**
	 * Advisory-lock namespaces of the staff and the worker account of a link ("LS",
	 * "LT").
	 */
	private static final long STAFF_LOCK = 0x4C53L << 48;

	private static final long TARGET_LOCK = 0x4C54L << 48;

	private final JdbcClient jdbc;

	private final MemberRegistry registry;

	private final AccountLinks links;

	private final Accounts accounts;

	private final AuditLog audit;

	private final CheckCodes checkCodes;

	LinkedAccounts(JdbcClient jdbc, MemberRegistry registry, AccountLinks links, Accounts accounts, AuditLog audit,
			CheckCodes checkCodes) {
		this.jdbc = jdbc;
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
	 * worker's or the code wrong, so the form cannot be used to probe login names). Each
	 * such refusal is kept and audited; after {@value #FAILURES_PER_TARGET} in a day for
	 * the account, or {@value #FAILURES_PER_STAFF} by the staff account, 429.
	 */
	@Transactional(noRollbackFor = LinkRefused.class)
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
		long staffId = CurrentUser.require().accountId();
		Optional<AccountSummary> named = this.accounts.findByUsername(login);
		Long targetId = named.map(AccountSummary::id).orElse(null);
		// one check of a staff account (and of a worker account) at a time, or parallel
		// guesses would each see the count below the cap; busy means guessing in parallel
		if (!AdvisoryLocks.tryLock(this.jdbc, STAFF_LOCK | staffId)
				|| (targetId != null && !AdvisoryLocks.tryLock(this.jdbc, TARGET_LOCK | targetId))) {
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "member.account.busy");
		}
		if (failuresOfStaff(staffId) >= FAILURES_PER_STAFF
				|| failuresOfTarget(targetId, login) >= FAILURES_PER_TARGET) {
			// the right code is refused too: otherwise the 429 would only slow the
			// guessing
			this.audit.record(AuditEntry.of(AuditAction.UPDATE, "member-account", memberId, member.orgPath(),
					"工作人员绑定职工账号核对码错误次数过多被拒：登录名 " + login + "，会员 " + member.name() + "，工作人员账号 #" + staffId));
			throw new LinkRefused(HttpStatus.TOO_MANY_REQUESTS, List.of(), "member.account.too-many-failures");
		}
		AccountSummary account = named
			.filter((found) -> found.role() == Role.WORKER && this.checkCodes.matches(found.id(), code))
			.orElse(null);
		if (account == null) {
			this.jdbc.sql("""
					insert into member.link_failure (staff_account_id, target_account_id, target_username)
					values (:staff, :target, :username)""")
				.param("staff", staffId)
				.param("target", targetId)
				.param("username", login)
				.update();
			this.audit.record(AuditEntry.of(AuditAction.UPDATE, "member-account", memberId, member.orgPath(),
					"工作人员绑定职工账号核对码错误：登录名 " + login + "，会员 " + member.name() + "，工作人员账号 #" + staffId));
			// kept although the request fails (noRollbackFor): nothing else is written
			// yet
			throw new LinkRefused(HttpStatus.UNPROCESSABLE_CONTENT,
					List.of(new GonghuiException.FieldError("checkCode", "member.account.unverified")),
					"member.account.unverified");
		}
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

	private int failuresOfStaff(long staffId) {
		return this.jdbc
			.sql("select count(*) from member.link_failure where staff_account_id = :staff and failed_at >= :since")
			.param("staff", staffId)
			.param("since", Timestamp.from(Instant.now().minus(DAY)))
			.query(Integer.class)
			.single();
	}

	private int failuresOfTarget(@Nullable Long targetId, String login) {
		if (targetId != null) {
			return this.jdbc.sql(
					"select count(*) from member.link_failure where target_account_id = :target and failed_at >= :since")
				.param("target", targetId)
				.param("since", Timestamp.from(Instant.now().minus(DAY)))
				.query(Integer.class)
				.single();
		}
		return this.jdbc.sql("""
				select count(*) from member.link_failure
				where target_account_id is null and target_username = :username and failed_at >= :since""")
			.param("username", login)
			.param("since", Timestamp.from(Instant.now().minus(DAY)))
			.query(Integer.class)
			.single();
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

	/**
	 * A refused link whose failure record and audit entry stay: the transaction commits
	 * although the request fails.
	 */
	static final class LinkRefused extends GonghuiException {

		LinkRefused(HttpStatus status, List<FieldError> fieldErrors, String messageKey) {
			super(status, fieldErrors, messageKey);
		}

	}

	record LinkedAccount(long accountId, String username, @Nullable String displayName, Instant linkedAt) {
	}

}
