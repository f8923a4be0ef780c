package org.gonghui.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gonghui.shared.security.CurrentUser;

/** Opaque bearer tokens for API clients; the database keeps only their SHA-256. */
@Component
class ApiTokens {

	static final Duration LIFETIME = Duration.ofHours(8);

	private final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final Clock clock;

	ApiTokens(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	IssuedToken issue(CurrentUser user) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = this.clock.instant().plus(LIFETIME);
		this.accounts.saveToken(hash(token), user.accountId(), expiresAt);
		return new IssuedToken(token, expiresAt);
	}

	Optional<CurrentUser> resolve(String token) {
		return this.accounts.findByToken(hash(token))
			.filter(AccountRepository.StoredAccount::enabled)
			.map(AccountAuthenticationProvider::toUser);
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	void purgeExpired() {
		this.accounts.deleteExpiredTokens();
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

}
