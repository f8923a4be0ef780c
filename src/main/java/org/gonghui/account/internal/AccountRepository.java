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
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.db.OrgPaths;

@Repository
class AccountRepository {

	private static final String SELECT = "select id, username, password_hash, display_name, role, org_id, enabled, "
			+ "locked_until, org_path::text as org_path from account.account";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAccount> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " where lower(username) = lower(:u)")
			.param("u", username)
			.query(AccountRepository::stored)
			.optional();
	}

	Optional<AccountSummary> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id")
			.param("id", id)
			.query((rs, row) -> stored(rs, row).summary())
			.optional();
	}

	/**
	 * Accounts of organisations inside {@code scope}, and those that belong to none
	 * (workers).
	 */
	List<AccountSummary> within(DataScope scope, int limit, long offset) {
		return this.jdbc.sql(SELECT + """
				 where org_path <@ cast(:path as ltree) or org_id is null
				order by id desc limit :limit offset :offset""")
			.param("path", scope.path())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> stored(rs, row).summary())
			.list();
	}

	/**
	 * Organisations of accounts created before the path was kept, to be filled in at
	 * start-up.
	 */
	List<Long> orgIdsWithoutPath() {
		return this.jdbc
			.sql("select distinct org_id from account.account where org_id is not null and org_path is null")
			.query(Long.class)
			.list();
	}

	void setOrgPath(long orgId, String path) {
		this.jdbc.sql("update account.account set org_path = cast(:path as ltree) where org_id = :org")
			.param("path", path)
			.param("org", orgId)
			.update();
	}

	/** Follows a moved subtree of the union tree. */
	void rebase(String oldPath, String newPath) {
		OrgPaths.rebase(this.jdbc, oldPath, newPath, "account.account");
	}

	long insert(String username, String passwordHash, String displayName, Role role, @Nullable Long orgId,
			@Nullable String orgPath) {
		return this.jdbc.sql("""
				insert into account.account (username, password_hash, display_name, role, org_id, org_path)
				values (:u, :p, :d, :r, :o, cast(:path as ltree)) returning id""")
			.param("u", username)
			.param("p", passwordHash)
			.param("d", displayName)
			.param("r", role.name())
			.param("o", orgId)
			.param("path", orgPath)
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
		return this.jdbc
			.sql("""
					select a.id, a.username, a.password_hash, a.display_name, a.role, a.org_id, a.enabled, a.locked_until,
					       a.org_path::text as org_path from account.api_token t join account.account a on a.id = t.account_id
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
				locked == null ? null : locked.toInstant(), rs.getString("org_path"));
	}

	record StoredAccount(long id, String username, String passwordHash, String displayName, Role role,
			@Nullable Long orgId, boolean enabled, @Nullable Instant lockedUntil, @Nullable String orgPath) {

		AccountSummary summary() {
			return new AccountSummary(this.id, this.username, this.displayName, this.role, this.orgId, this.enabled);
		}

	}

}
