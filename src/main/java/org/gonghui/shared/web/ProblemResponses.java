package org.gonghui.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes a problem detail from a servlet filter, where no controller advice runs: the
 * same shape and Chinese texts as {@code ApiProblemAdvice} gives.
 */
@Component
public class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Messages messages;

	ProblemResponses(Messages messages) {
		this.messages = messages;
	}

	public void write(HttpServletResponse response, HttpStatus status, String messageKey) throws IOException {
		write(response, problem(status, this.messages.text(messageKey)), status);
	}

	/**
	 * A refusal with its {@code instance} and field errors, as the controller advice
	 * answers it: for a filter that answers an API request itself.
	 */
	public void write(HttpServletResponse response, GonghuiException ex, String instance) throws IOException {
		Map<String, Object> problem = problem(ex.status(), this.messages.text(ex));
		// the advice's shape: no default type, and no charset on the media type below
		problem.remove("type");
		problem.put("instance", instance);
		if (!ex.fieldErrors().isEmpty()) {
			problem.put("errors",
					ex.fieldErrors()
						.stream()
						.map((error) -> Map.of("field", error.field(), "message",
								this.messages.text(error.messageKey(), error.arguments())))
						.toList());
		}
		byte[] body = JSON.writeValueAsBytes(problem);
		response.setStatus(ex.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(body);
	}

	private Map<String, Object> problem(HttpStatus status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.messages.text("http." + status.value()));
		problem.put("status", status.value());
		problem.put("detail", detail);
		return problem;
	}

	private static void write(HttpServletResponse response, Map<String, Object> problem, HttpStatus status)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
