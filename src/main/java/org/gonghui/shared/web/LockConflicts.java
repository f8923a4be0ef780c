package org.gonghui.shared.web;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Whether an error is two transactions getting in each other's way (deadlock,
 * serialization failure, lock not available): the caller should just try again.
 */
final class LockConflicts {

	/** deadlock_detected, serialization_failure, lock_not_available */
	private static final Set<String> SQL_STATES = Set.of("40P01", "40001", "55P03");

	private LockConflicts() {
	}

	static boolean is(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof PessimisticLockingFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& SQL_STATES.contains(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
