package org.gonghui.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that hold a row lock on a connection of their own and need a request to be
 * waiting for it before they go on.
 */
public final class LockWaits {

	private LockWaits() {
	}

	/** Runs one statement on the test's own connection. */
	public static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Waits until some other session of this database waits for a lock; fails naming
	 * {@code what} never did within 15 s.
	 */
	public static void awaitLockWait(JdbcClient jdbc, String what) throws InterruptedException {
		awaitLockWaits(jdbc, 1, what);
	}

	/**
	 * Waits until at least {@code sessions} other sessions of this database wait for a
	 * lock; fails naming {@code what} if they never did within 15 s.
	 */
	public static void awaitLockWaits(JdbcClient jdbc, int sessions, String what) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (System.nanoTime() < until) {
			long waiting = jdbc.sql("""
					select count(*) from pg_stat_activity
					where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""")
				.query(Long.class)
				.single();
			if (waiting >= sessions) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError(what + " never waited for a lock");
	}

}
