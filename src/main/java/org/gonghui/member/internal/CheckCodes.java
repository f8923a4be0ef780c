package org.gonghui.member.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.crypto.PersonalDataCipher;

/**
 * The 账号核对码 an unlinked worker's 实名认证 page shows: staff link an account in person only
 * with the login name and this code, so the account's owner must be there (a login name
 * alone is easy to learn or guess). Eight digits of a keyed hash of the account and the
 * Beijing date, so it changes daily; yesterday's still counts, for a visit around
 * midnight.
 */
@Component
class CheckCodes {

	private final PersonalDataCipher cipher;

	private final Clock clock;

	@Autowired
	CheckCodes(PersonalDataCipher cipher) {
		this(cipher, Clock.system(BusinessTime.ZONE));
	}

	CheckCodes(PersonalDataCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.clock = clock;
	}

	String today(long accountId) {
		return of(accountId, LocalDate.now(this.clock.withZone(BusinessTime.ZONE)));
	}

	boolean matches(long accountId, @Nullable String typed) {
		String code = typed == null ? "" : typed.strip();
		LocalDate today = LocalDate.now(this.clock.withZone(BusinessTime.ZONE));
		byte[] given = code.getBytes(StandardCharsets.UTF_8);
		// both compared always, in constant time
		boolean todays = MessageDigest.isEqual(given, of(accountId, today).getBytes(StandardCharsets.UTF_8));
		boolean yesterdays = MessageDigest.isEqual(given,
				of(accountId, today.minusDays(1)).getBytes(StandardCharsets.UTF_8));
		return todays | yesterdays;
	}

	private String of(long accountId, LocalDate date) {
		byte[] hash = this.cipher.hash("member.account-check:" + accountId + ":" + date);
		long number = Integer.toUnsignedLong(ByteBuffer.wrap(hash, 0, 4).getInt()) % 100_000_000L;
		return String.format("%08d", number);
	}

}
