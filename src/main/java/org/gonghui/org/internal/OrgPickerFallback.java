package org.gonghui.org.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.gonghui.org.OrgSummary;

/**
 * Lets the organisation picker work without JavaScript: a console form posted with a
 * typed name ({@code orgQuery}) but no chosen organisation gets the organisation that
 * name stands for. If the name fits none or several, the field is set to {@code 0}, which
 * the form's handler refuses as an organisation it cannot find, so nothing is changed on
 * a guess. Runs after Spring Security, so the user's data scope is known.
 */
@Component
class OrgPickerFallback extends OncePerRequestFilter {

	static final String SPEC = "_orgPicker";

	static final String QUERY = "orgQuery";

	private final OrgPicker picker;

	OrgPickerFallback(OrgPicker picker) {
		this.picker = picker;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/console/")
				|| request.getContentType() == null
				|| !request.getContentType().startsWith("application/x-www-form-urlencoded");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String spec = request.getParameter(SPEC);
		String query = request.getParameter(QUERY);
		if (spec == null || query == null || query.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		OrgPicker.Spec picked = OrgPicker.Spec.parse(spec);
		String chosen = request.getParameter(picked.field());
		if (chosen != null && !chosen.isBlank()) {
			chain.doFilter(request, response);
			return;
		}
		OrgSummary org = this.picker.resolve(picked, query.strip());
		chain.doFilter(withParameter(request, picked.field(), org == null ? "0" : String.valueOf(org.id())), response);
	}

	private static HttpServletRequest withParameter(HttpServletRequest request, String name, String value) {
		Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
		parameters.put(name, new String[] { value });
		return new HttpServletRequestWrapper(request) {

			@Override
			public @Nullable String getParameter(String parameter) {
				String[] values = parameters.get(parameter);
				return values == null || values.length == 0 ? null : values[0];
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Collections.unmodifiableMap(parameters);
			}

			@Override
			public java.util.Enumeration<String> getParameterNames() {
				return Collections.enumeration(parameters.keySet());
			}

			@Override
			public String @Nullable [] getParameterValues(String parameter) {
				return parameters.get(parameter);
			}

		};
	}

}
