package org.gonghui.competition.internal.voting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import org.gonghui.competition.VoteRecord;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.ProblemResponses;

/**
 * Casts a public vote ({@code POST /api/v1/public/votes/{roundId}/votes}) without the
 * general web stack: the cast path is the one hot path of a public vote, and the filter
 * chains, session wrapper, handler lookup among every mapping, argument resolution and
 * observations of the general stack cost several times the vote itself (see
 * bench/votes/README.md). What that stack gives this request is kept: the endpoint is
 * public and authenticates nothing (the voter token in the body is the proof, as in
 * {@link VoteApiController}), so the filter only adds the API chain's security headers
 * and answers with the same bodies and problem details as the controller.
 * <p>
 * Only the plain form of the request is taken: a path of exactly that shape (no encoded
 * or parameter characters, no query), a JSON body, a JSON-accepting client and no
 * {@code Idempotency-Key}. Anything else goes down the general stack to the controller,
 * which gives the same answers (and the firewall and idempotency filter their say).
 */
class VoteCastFilter implements Filter {

	private static final Logger log = LoggerFactory.getLogger(VoteCastFilter.class);

	static final String PREFIX = "/api/v1/public/votes/";

	private static final String SUFFIX = "/votes";

	/** The API security chain's headers for a public API answer. */
	static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff", "X-XSS-Protection",
			"0", "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate", "Pragma", "no-cache", "Expires",
			"0", "X-Frame-Options", "DENY", "Content-Security-Policy", "default-src 'none'");

	private final BallotService service;

	private final ProblemResponses problems;

	private final ObjectReader requests;

	private final @Nullable MeterRegistry meters;

	private final Map<Integer, Timer> timers = new ConcurrentHashMap<>();

	VoteCastFilter(BallotService service, ProblemResponses problems, JsonMapper json, @Nullable MeterRegistry meters) {
		this.service = service;
		this.problems = problems;
		this.requests = json.readerFor(VoteApiController.VoteRequest.class);
		this.meters = meters;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		long roundId = plainCast(request);
		if (roundId < 0) {
			chain.doFilter(req, res);
			return;
		}
		long started = System.nanoTime();
		HttpServletResponse response = (HttpServletResponse) res;
		SECURITY_HEADERS.forEach(response::setHeader);
		if (request.isSecure()) {
			// as the security chain's default HSTS writer, which writes it on secure
			// requests only
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
		try {
			cast(roundId, request, response);
		}
		catch (GonghuiException ex) {
			this.problems.write(response, ex, request.getRequestURI());
		}
		catch (RuntimeException ex) {
			log.error("Unexpected error", ex);
			this.problems.write(response, new GonghuiException(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal"),
					request.getRequestURI());
		}
		record(response.getStatus(), System.nanoTime() - started);
	}

	private void cast(long roundId, HttpServletRequest request, HttpServletResponse response) throws IOException {
		VoteApiController.VoteRequest vote;
		try {
			vote = this.requests.readValue(request.getInputStream());
		}
		catch (JacksonException ex) {
			throw new GonghuiException(HttpStatus.BAD_REQUEST, "error.unreadable");
		}
		if (vote == null) {
			throw new GonghuiException(HttpStatus.BAD_REQUEST, "error.unreadable");
		}
		List<GonghuiException.FieldError> invalid = new ArrayList<>();
		if (vote.voterToken() == null || vote.voterToken().isBlank()) {
			invalid.add(new GonghuiException.FieldError("voterToken", "vote.token-invalid"));
		}
		if (vote.entrantId() == null) {
			invalid.add(new GonghuiException.FieldError("entrantId", "vote.unknown-candidate"));
		}
		if (!invalid.isEmpty()) {
			throw new GonghuiException(HttpStatus.BAD_REQUEST, invalid, "error.validation");
		}
		BallotService.Cast cast = this.service.cast(roundId, vote.voterToken(), vote.entrantId(), vote.clientVoteId(),
				request.getRemoteAddr());
		byte[] body = answer(cast);
		response.setStatus(cast.replayed() ? HttpStatus.OK.value() : HttpStatus.CREATED.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(body);
	}

	/**
	 * The controller's answer ({@link VoteApiController.VoteJson}, fields in the same
	 * order), written without Jackson: on the hot path its serializer lookups cost more
	 * than the vote's hashing. No field needs escaping: numbers, a boolean, a hex hash,
	 * an ISO-8601 instant ({@link Instant#toString}, the format Jackson writes) and a
	 * client vote id that {@link BallotService} holds to {@code [A-Za-z0-9_-]}.
	 */
	static byte[] answer(BallotService.Cast cast) {
		VoteRecord r = cast.record();
		return new StringBuilder(256).append("{\"clientVoteId\":\"")
			.append(cast.clientVoteId())
			.append("\",\"roundId\":")
			.append(r.roundId())
			.append(",\"entrantId\":")
			.append(r.entrantId())
			.append(",\"sequence\":")
			.append(r.sequence())
			.append(",\"hash\":\"")
			.append(r.hash())
			.append("\",\"castAt\":\"")
			.append(r.castAt())
			.append("\",\"replayed\":")
			.append(cast.replayed())
			.append('}')
			.toString()
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The round of a plain vote-cast request, or -1 to leave it to the general stack. */
	static long plainCast(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader("Idempotency-Key") != null || !json(request.getContentType())
				|| !acceptsJson(request.getHeader("Accept"))) {
			return -1;
		}
		String uri = request.getRequestURI();
		if (!uri.startsWith(PREFIX) || !uri.endsWith(SUFFIX) || !request.getContextPath().isEmpty()) {
			return -1;
		}
		int from = PREFIX.length();
		int to = uri.length() - SUFFIX.length();
		if (to <= from || to - from > 18) {
			return -1;
		}
		long round = 0;
		for (int i = from; i < to; i++) {
			char c = uri.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			round = round * 10 + (c - '0');
		}
		return round;
	}

	private static boolean json(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		int end = contentType.indexOf(';');
		String type = ((end < 0) ? contentType : contentType.substring(0, end)).strip();
		return type.equalsIgnoreCase(MediaType.APPLICATION_JSON_VALUE);
	}

	private static boolean acceptsJson(@Nullable String accept) {
		return accept == null || accept.contains("*/*") || accept.contains(MediaType.APPLICATION_JSON_VALUE);
	}

	private void record(int status, long nanos) {
		if (this.meters != null) {
			this.timers
				.computeIfAbsent(status,
						(s) -> Timer.builder("gonghui.votes.cast")
							.description("Public vote casts answered, by HTTP status")
							.tag("status", Integer.toString(s))
							.register(this.meters))
				.record(nanos, TimeUnit.NANOSECONDS);
		}
	}

}
