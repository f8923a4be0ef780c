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
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", this.messages.text("http." + status.value()));
		problem.put("status", status.value());
		problem.put("detail", this.messages.text(messageKey));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

}
