package org.gonghui.member.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.shared.db.AdvisoryLocks;

/**
 * Which member each worker account has proven to be; one to one. A link is never
 * re-pointed: staff may only remove it (audited), after which the worker proves again.
 */
@Repository
class AccountLinks {

	/**
	 * Advisory-lock namespace of a member's account link ("MA"); the hardship household
	 * check uses "HC" (0x4843).
	 */
	private static final long LINK_LOCK = 0x4D41L << 48;

	private final JdbcClient jdbc;

	AccountLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> memberOf(long accountId) {
		return this.jdbc.sql("select member_id from member.member_account where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.optional();
	}

	Optional<Link> ofMember(long memberId) {
		return this.jdbc.sql("select account_id, linked_at from member.member_account where member_id = :member")
			.param("member", memberId)
			.query((rs, row) -> new Link(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.optional();
	}

	/**
	 * True when the pair is linked afterwards, false when either side is taken or staff
	 * unlinked this very pair (and have not cleared the block).
	 */
	boolean link(long accountId, long memberId) {
		lockMember(memberId);
		// checked after the lock: a staff unlink of this pair committed meanwhile is seen
		if (blocked(accountId, memberId)) {
			return false;
		}
		int inserted = this.jdbc.sql("""
				insert into member.member_account (account_id, member_id) values (:account, :member)
				on conflict do nothing""").param("account", accountId).param("member", memberId).update();
		if (inserted == 1) {
			return true;
		}
		return memberOf(accountId).filter((linked) -> linked == memberId).isPresent();
	}

	/**
	 * Removes the member's link; the account that was linked, if one was. The pair is
	 * remembered so that the account cannot simply prove the same member again.
	 */
	Optional<Link> unlink(long memberId) {
		lockMember(memberId);
		Optional<Link> removed = this.jdbc
			.sql("delete from member.member_account where member_id = :member returning account_id, linked_at")
			.param("member", memberId)
			.query((rs, row) -> new Link(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.optional();
		removed.ifPresent((link) -> this.jdbc.sql("insert into member.member_account_unlinked (account_id, member_id)"
				+ " values (:account, :member) on conflict (account_id, member_id) do update set unlinked_at = now()")
			.param("account", link.accountId())
			.param("member", memberId)
			.update());
		return removed;
	}

	/** Lets the account prove the member again; true when there was a block to lift. */
	boolean unblock(long accountId, long memberId) {
		return this.jdbc
			.sql("delete from member.member_account_unlinked where account_id = :account and member_id = :member")
			.param("account", accountId)
			.param("member", memberId)
			.update() == 1;
	}

	boolean blocked(long accountId, long memberId) {
		return this.jdbc
			.sql("select exists (select 1 from member.member_account_unlinked"
					+ " where account_id = :account and member_id = :member)")
			.param("account", accountId)
			.param("member", memberId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Holds until the transaction ends, so a proof and a staff unlink of the same member
	 * run one after the other: a proof that waited on an unlink sees the block the unlink
	 * wrote and cannot put the link back. Callers run in a transaction.
	 */
	private void lockMember(long memberId) {
		AdvisoryLocks.lock(this.jdbc, LINK_LOCK | memberId);
	}

	record Link(long accountId, Instant linkedAt) {
	}

}
