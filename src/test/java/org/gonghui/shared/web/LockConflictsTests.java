package org.gonghui.shared.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;

class LockConflictsTests {

	@Test
	void deadlocksSerializationFailuresAndLockTimeoutsAreConflicts() {
		for (String state : new String[] { "40P01", "40001", "55P03" }) {
			assertThat(LockConflicts.is(new UncategorizedSQLException("x", "sql", new SQLException("x", state))))
				.as(state)
				.isTrue();
		}
		assertThat(LockConflicts.is(new CannotAcquireLockException("x"))).isTrue();
		assertThat(LockConflicts.is(new DataIntegrityViolationException("x", new SQLException("x", "23505"))))
			.isFalse();
		assertThat(LockConflicts.is(new IllegalStateException("x"))).isFalse();
	}

	@Test
	void theApiAnswers409WithTheRetryText() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("error.lock-conflict", java.util.Locale.getDefault(), "操作冲突，请重试");
		messages.addMessage("error.lock-conflict", java.util.Locale.SIMPLIFIED_CHINESE, "操作冲突，请重试");
		ApiProblemAdvice advice = new ApiProblemAdvice(messages);

		ProblemDetail deadlock = advice.lockConflict(new PessimisticLockingFailureException("deadlock"));
		ProblemDetail untranslated = advice
			.unexpected(new RuntimeException(new SQLException("deadlock detected", "40P01")));

		assertThat(deadlock.getStatus()).isEqualTo(409);
		assertThat(deadlock.getDetail()).isEqualTo("操作冲突，请重试");
		assertThat(untranslated.getStatus()).isEqualTo(409);
	}

}
