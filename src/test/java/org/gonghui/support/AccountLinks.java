package org.gonghui.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links a worker account to a member in a test's set-up, as 实名认证 (the member module's
 * page) does once the worker has typed the code sent to the roster phone.
 */
public final class AccountLinks {

	private AccountLinks() {
	}

	/** The id of the account with this username. */
	public static long accountId(JdbcClient jdbc, String username) {
		return jdbc.sql("select id from account.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	public static void link(MemberDirectory members, JdbcClient jdbc, String username, long memberId) {
		assertThat(members.link(accountId(jdbc, username), memberId)).as("link %s to member %d", username, memberId)
			.isTrue();
	}

	/** How many accounts are linked to the member. */
	public static int linksOf(JdbcClient jdbc, long memberId) {
		return jdbc.sql("select count(*) from member.member_account where member_id = :m")
			.param("m", memberId)
			.query(Integer.class)
			.single();
	}

}
