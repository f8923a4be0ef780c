package org.gonghui.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API requests that carry {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			this.tokens.resolve(header.substring(7).strip())
				.ifPresent(user -> SecurityContextHolder.getContext()
					.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities())));
		}
		chain.doFilter(request, response);
	}

}
