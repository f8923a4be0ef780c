package org.gonghui.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.gonghui.account.internal.AccountRepository.StoredAccount;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.shared.security.CurrentUser;

/**
 * Checks a password and throttles guessing: after {@value #LOCK_AFTER} failures in a row
 * the account refuses every attempt, right or wrong, for {@link #LOCK_FOR}.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	static final int LOCK_AFTER = 5;

	static final Duration LOCK_FOR = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	// compared against when the username is unknown, so that both paths take as long
	private final String dummyHash;

	AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.dummyHash = passwords.encode("no-such-account");
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName().strip();
		String password = String.valueOf(authentication.getCredentials());
		StoredAccount account = this.accounts.findByUsername(username).orElse(null);
		if (account == null) {
			this.passwords.matches(password, this.dummyHash);
			throw new BadCredentialsException("login.bad-credentials");
		}
		Instant now = this.clock.instant();
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
			this.audit.recordAs(account.id(), account.username(), AuditEntry.of(AuditAction.LOGIN_FAILED, "account",
					account.id(), account.orgPath(), "登录失败：账号已临时锁定"));
			throw new LockedException("login.locked");
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			this.accounts.recordFailure(account.id(), LOCK_AFTER, now.plus(LOCK_FOR));
			this.audit.recordAs(account.id(), account.username(),
					AuditEntry.of(AuditAction.LOGIN_FAILED, "account", account.id(), account.orgPath(), "登录失败：密码错误"));
			throw new BadCredentialsException("login.bad-credentials");
		}
		if (!account.enabled()) {
			throw new DisabledException("login.disabled");
		}
		this.accounts.recordSuccess(account.id());
		this.audit.recordAs(account.id(), account.username(),
				AuditEntry.of(AuditAction.LOGIN, "account", account.id(), account.orgPath(), "登录成功"));
		CurrentUser user = toUser(account);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
	}

	static CurrentUser toUser(StoredAccount account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.role(),
				account.orgId());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
