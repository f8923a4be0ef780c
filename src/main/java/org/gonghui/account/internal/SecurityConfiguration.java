package org.gonghui.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authentication.LockedException;

import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.ProblemResponses;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	/** The API: bearer tokens only, no session, no CSRF (no cookie authenticates it). */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/auth/token", "/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						"error.unauthenticated"))
				.accessDeniedHandler(
						(request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN, "error.forbidden")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/", "/login", "/portal/register", "/public/**", "/error", "/webjars/**", "/css/**",
					"/js/**", "/img/**", "/favicon.ico", "/actuator/health/**", "/actuator/prometheus",
					"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/console/**")
			.hasAnyRole("ADMIN", "FEDERATION_STAFF", "UNION_OFFICER")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(landingPage())
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Staff land in the console, everyone else in the worker portal. */
	private static AuthenticationSuccessHandler landingPage() {
		return (request, response, authentication) -> {
			boolean staff = authentication.getPrincipal() instanceof CurrentUser user && user.role().isStaff();
			response.sendRedirect(staff ? "/console" : "/portal");
		};
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> response
			.sendRedirect(ex instanceof LockedException ? "/login?locked" : "/login?error");
	}

}
