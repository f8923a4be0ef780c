package org.gonghui.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL advisory locks held until the caller's transaction ends. A key is a module's
 * two-letter namespace in its top 16 bits and an id below it, so modules never share a
 * key by accident.
 */
public final class AdvisoryLocks {

	private AdvisoryLocks() {
	}

	/** Waits for the lock; callers run in a transaction. */
	public static void lock(JdbcClient jdbc, long key) {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", key).query((rs, row) -> Boolean.TRUE).list();
	}

	/**
	 * Takes the lock only if it is free: a caller holding a pooled connection must not
	 * queue on a lock that a burst of requests could all be waiting for.
	 */
	public static boolean tryLock(JdbcClient jdbc, long key) {
		return Boolean.TRUE
			.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single());
	}

}
