package org.gonghui.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.account.Accounts.AccountSummary;
import org.gonghui.shared.security.Role;

@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAccount> findByUsername(String username) {
		return this.jdbc.sql("select * from account.account where lower(username) = lower(:u)")
			.param("u", username)
			.query(AccountRepository::stored)
			.optional();
	}

	Optional<AccountSummary> find(long id) {
		return this.jdbc.sql("select * from account.account where id = :id")
			.param("id", id)
			.query((rs, row) -> stored(rs, row).summary())
			.optional();
	}

	List<AccountSummary> recent(int limit) {
		return this.jdbc.sql("select * from account.account order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> stored(rs, row).summary())
			.list();
	}

	long insert(String username, String passwordHash, String displayName, Role role, @Nullable Long orgId) {
		return this.jdbc.sql("""
				insert into account.account (username, password_hash, display_name, role, org_id)
				values (:u, :p, :d, :r, :o) returning id""")
			.param("u", username)
			.param("p", passwordHash)
			.param("d", displayName)
			.param("r", role.name())
			.param("o", orgId)
			.query(Long.class)
			.single();
	}

	long count() {
		return this.jdbc.sql("select count(*) from account.account").query(Long.class).single();
	}

	void recordFailure(long id, int lockAfter, Instant lockUntil) {
		this.jdbc.sql("""
				update account.account set failed_logins = failed_logins + 1,
				       locked_until = case when failed_logins + 1 >= :lockAfter then :until else locked_until end
				where id = :id""")
			.param("id", id)
			.param("lockAfter", lockAfter)
			.param("until", Timestamp.from(lockUntil))
			.update();
	}

	void recordSuccess(long id) {
		this.jdbc.sql("update account.account set failed_logins = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	void saveToken(byte[] hash, long accountId, Instant expiresAt) {
		this.jdbc.sql("insert into account.api_token (token_hash, account_id, expires_at) values (:h, :a, :e)")
			.param("h", hash)
			.param("a", accountId)
			.param("e", Timestamp.from(expiresAt))
			.update();
	}

	Optional<StoredAccount> findByToken(byte[] hash) {
		return this.jdbc.sql("""
				select a.* from account.api_token t join account.account a on a.id = t.account_id
				where t.token_hash = :h and t.expires_at > now()""")
			.param("h", hash)
			.query(AccountRepository::stored)
			.optional();
	}

	void deleteExpiredTokens() {
		this.jdbc.sql("delete from account.api_token where expires_at < now()").update();
	}

	private static StoredAccount stored(ResultSet rs, int row) throws SQLException {
		long org = rs.getLong("org_id");
		Long orgId = rs.wasNull() ? null : org;
		Timestamp locked = rs.getTimestamp("locked_until");
		return new StoredAccount(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), orgId, rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant());
	}

	record StoredAccount(long id, String username, String passwordHash, String displayName, Role role,
			@Nullable Long orgId, boolean enabled, @Nullable Instant lockedUntil) {

		AccountSummary summary() {
			return new AccountSummary(this.id, this.username, this.displayName, this.role, this.orgId, this.enabled);
		}

	}

}
