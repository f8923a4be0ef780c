package org.gonghui.competition.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.sms.OnScreenCodes;
import org.gonghui.shared.sms.SmsSender;
import org.gonghui.shared.web.GonghuiException;

/**
 * One-time codes confirming a team invitation, sent by SMS to the invitee's roster
 * number, as voters' codes are: kept as keyed hashes, valid a few minutes, a few wrong
 * guesses per code and a few codes a day per invitation and account. Shown on screen
 * where voting codes are (the demo), never otherwise.
 */
@Component
class InvitationCodes {

	static final Duration TTL = Duration.ofMinutes(5);

	static final int ATTEMPTS = 5;

	static final int CODES_PER_DAY = 5;

	private final JdbcClient jdbc;

	private final SmsSender sms;

	private final PersonalDataCipher cipher;

	private final boolean showCodes;

	private final SecureRandom random = new SecureRandom();

	InvitationCodes(JdbcClient jdbc, SmsSender sms, PersonalDataCipher cipher, OnScreenCodes onScreen) {
		this.jdbc = jdbc;
		this.sms = sms;
		this.cipher = cipher;
		this.showCodes = onScreen.shown();
	}

	/**
	 * Sends a new code for this invitation and account to {@code rosterPhone}; refused if
	 * the roster has no mobile number or too many codes went out today.
	 */
	CodeSent send(long invitationId, long accountId, @Nullable String rosterPhone, String teamName) {
		String mobile = MobileNumber.normalise(rosterPhone == null ? "" : rosterPhone)
			.orElseThrow(() -> GonghuiException.conflict("competition.invitation.no-phone"));
		// one sender at a time per invitation, so parallel requests cannot pass the daily
		// cap between the count and the insert
		this.jdbc.sql("select id from competition.entry_invitation where id = :invitation for update")
			.param("invitation", invitationId)
			.query((rs, row) -> 1)
			.list();
		int sent = this.jdbc.sql("""
				select count(*) from competition.invitation_code
				where invitation_id = :invitation and account_id = :account and created_at >= :since""")
			.param("invitation", invitationId)
			.param("account", accountId)
			.param("since", Timestamp.from(Instant.now().minus(TeamInvitations.DAY)))
			.query(Integer.class)
			.single();
		if (sent >= CODES_PER_DAY) {
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "competition.invitation.too-many-codes");
		}
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		Instant expiresAt = Instant.now().plus(TTL);
		this.jdbc.sql("""
				insert into competition.invitation_code (invitation_id, account_id, code_hash, expires_at)
				values (:invitation, :account, :hash, :expires)""")
			.param("invitation", invitationId)
			.param("account", accountId)
			.param("hash", hash(invitationId, accountId, code))
			.param("expires", Timestamp.from(expiresAt))
			.update();
		this.sms.sendTeamInvitationCode(mobile, code, teamName);
		return new CodeSent(MobileNumber.mask(mobile), this.showCodes ? code : null, expiresAt);
	}

	/**
	 * Checks the code and returns the id of the code to use up; a wrong guess is counted,
	 * so the caller must commit before refusing.
	 */
	long check(long invitationId, long accountId, @Nullable String code) {
		if (code == null || code.isBlank()) {
			throw GonghuiException.invalidField("code", "competition.invitation.code-required");
		}
		SentCode sent = latest(invitationId, accountId).filter((c) -> c.expiresAt().isAfter(Instant.now()))
			.orElseThrow(() -> GonghuiException.invalidField("code", "competition.invitation.code-expired"));
		if (sent.attempts() >= ATTEMPTS) {
			throw GonghuiException.invalidField("code", "competition.invitation.code-too-many-attempts");
		}
		if (!java.security.MessageDigest.isEqual(sent.hash(), hash(invitationId, accountId, code.strip()))) {
			this.jdbc.sql("update competition.invitation_code set attempts = attempts + 1 where id = :id")
				.param("id", sent.id())
				.update();
			throw GonghuiException.invalidField("code", "competition.invitation.code-invalid");
		}
		return sent.id();
	}

	/** Uses the code up; false if it was used meanwhile. */
	boolean use(long codeId) {
		return this.jdbc
			.sql("update competition.invitation_code set used_at = now() where id = :id and used_at is null")
			.param("id", codeId)
			.update() > 0;
	}

	private Optional<SentCode> latest(long invitationId, long accountId) {
		return this.jdbc.sql("""
				select id, code_hash, expires_at, attempts from competition.invitation_code
				where invitation_id = :invitation and account_id = :account and used_at is null
				order by created_at desc, id desc limit 1 for update""")
			.param("invitation", invitationId)
			.param("account", accountId)
			.query((rs, row) -> new SentCode(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(),
					rs.getInt(4)))
			.optional();
	}

	private byte[] hash(long invitationId, long accountId, String code) {
		return this.cipher.hash("competition.invitation-code:" + invitationId + ":" + accountId + ":" + code);
	}

	private record SentCode(long id, byte[] hash, Instant expiresAt, int attempts) {
	}

	/** Where the code went (masked) and, on the demo only, the code itself. */
	record CodeSent(String maskedMobile, @Nullable String demoCode, Instant expiresAt) {
	}

}
