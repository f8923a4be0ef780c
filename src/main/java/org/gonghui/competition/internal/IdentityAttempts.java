package org.gonghui.competition.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed identity checks of workers answering team invitations, counted per account and
 * per ID number (its keyed hash) so the check cannot be used to try pairs of name and ID
 * number.
 */
@Repository
class IdentityAttempts {

	/** Failed checks allowed per account, and per ID number, in a day. */
	static final int PER_DAY = 5;

	/** Advisory lock namespace of an account's identity checks ("IV"). */
	private static final long IDENTITY_CHECK_LOCK = 0x4956;

	private final JdbcClient jdbc;

	IdentityAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds this account's identity checks one at a time until the caller's transaction
	 * ends: counted and recorded apart, parallel checks would each see the count below
	 * the cap.
	 */
	void serialise(long accountId) {
		this.jdbc.sql("select pg_advisory_xact_lock(:key)")
			.param("key", (IDENTITY_CHECK_LOCK << 48) | accountId)
			.query((rs, row) -> 1)
			.list();
	}

	boolean exhausted(long accountId, byte @Nullable [] idNumberHash) {
		Timestamp since = Timestamp.from(Instant.now().minus(TeamInvitations.DAY));
		int byAccount = this.jdbc
			.sql("select count(*) from competition.identity_attempt where account_id = :a and attempted_at >= :since")
			.param("a", accountId)
			.param("since", since)
			.query(Integer.class)
			.single();
		if (byAccount >= PER_DAY || idNumberHash == null) {
			return byAccount >= PER_DAY;
		}
		return this.jdbc.sql(
				"select count(*) from competition.identity_attempt where id_number_hash = :h and attempted_at >= :since")
			.param("h", idNumberHash)
			.param("since", since)
			.query(Integer.class)
			.single() >= PER_DAY;
	}

	void failed(long accountId, byte @Nullable [] idNumberHash) {
		this.jdbc.sql("insert into competition.identity_attempt (account_id, id_number_hash) values (:a, :h)")
			.param("a", accountId)
			.param("h", idNumberHash)
			.update();
	}

}
