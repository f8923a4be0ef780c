package org.gonghui.member.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which member each worker account has proven to be; one to one, never re-pointed. */
@Repository
class AccountLinks {

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

	/** True when the pair is linked afterwards, false when either side is taken. */
	boolean link(long accountId, long memberId) {
		int inserted = this.jdbc.sql("""
				insert into member.member_account (account_id, member_id) values (:account, :member)
				on conflict do nothing""").param("account", accountId).param("member", memberId).update();
		if (inserted == 1) {
			return true;
		}
		return memberOf(accountId).filter((linked) -> linked == memberId).isPresent();
	}

}
