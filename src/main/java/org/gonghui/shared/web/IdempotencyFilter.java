package org.gonghui.shared.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST to the API that carries an {@code Idempotency-Key} is carried out once: a repeat
 * with the same key (by the same caller, to the same path) gets the first answer back and
 * changes nothing. A repeat that arrives while the first is still running is told to wait
 * (409).
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;

	private final ProblemResponses problems;

	IdempotencyFilter(JdbcClient jdbc, ProblemResponses problems) {
		this.jdbc = jdbc;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key.isBlank() || key.length() > 200) {
			this.problems.write(response, HttpStatus.BAD_REQUEST, "idempotency.key-length");
			return;
		}
		String caller = caller(request);
		String path = request.getRequestURI();
		boolean claimed = this.jdbc.sql("""
				insert into shared.idempotency_key (key, caller, path) values (:key, :caller, :path)
				on conflict (key, caller) do nothing""")
			.param("key", key)
			.param("caller", caller)
			.param("path", path)
			.update() == 1;
		if (!claimed) {
			replay(key, caller, path, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(request, wrapper);
			completed = wrapper.getStatus() < 500;
		}
		finally {
			if (completed) {
				this.jdbc.sql("""
						update shared.idempotency_key
						set status = :status, content_type = :contentType, body = :body, completed_at = now()
						where key = :key and caller = :caller""")
					.param("status", wrapper.getStatus())
					.param("contentType", wrapper.getContentType())
					.param("body", wrapper.getContentAsByteArray())
					.param("key", key)
					.param("caller", caller)
					.update();
			}
			else {
				// a request that failed on our side may be retried with the same key
				this.jdbc.sql("delete from shared.idempotency_key where key = :key and caller = :caller")
					.param("key", key)
					.param("caller", caller)
					.update();
			}
			wrapper.copyBodyToResponse();
		}
	}

	private void replay(String key, String caller, String path, HttpServletResponse response) throws IOException {
		Optional<StoredAnswer> stored = this.jdbc.sql(
				"select path, status, content_type, body from shared.idempotency_key where key = :key and caller = :caller")
			.param("key", key)
			.param("caller", caller)
			.query((rs, row) -> new StoredAnswer(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
					rs.getBytes(4)))
			.optional();
		if (stored.isEmpty() || stored.get().status() == null) {
			this.problems.write(response, HttpStatus.CONFLICT, "idempotency.in-progress");
			return;
		}
		StoredAnswer answer = stored.get();
		if (!answer.path().equals(path)) {
			this.problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency.other-request");
			return;
		}
		response.setStatus(answer.status());
		response.setHeader("Idempotent-Replayed", "true");
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (answer.body() != null) {
			response.getOutputStream().write(answer.body());
		}
	}

	/**
	 * Whose key it is. Members of the public share no account, so their keys are told
	 * apart by address: another client reusing a key must not be handed someone else's
	 * answer.
	 */
	private static String caller(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return "anonymous@" + request.getRemoteAddr();
		}
		return authentication.getName();
	}

	private record StoredAnswer(String path, Integer status, String contentType, byte[] body) {
	}

}
