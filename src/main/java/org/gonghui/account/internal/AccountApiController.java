package org.gonghui.account.internal;

import java.net.URI;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.gonghui.account.Accounts.AccountSummary;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

@RestController
class AccountApiController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final AccountService accounts;

	private final DataScopes scopes;

	AccountApiController(AuthenticationManager authentication, ApiTokens tokens, AccountService accounts,
			DataScopes scopes) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.accounts = accounts;
		this.scopes = scopes;
	}

	@PostMapping("/api/v1/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		try {
			Authentication signedIn = this.authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
			ApiTokens.IssuedToken token = this.tokens.issue((CurrentUser) signedIn.getPrincipal());
			return new TokenResponse(token.token(), token.expiresAt());
		}
		catch (LockedException ex) {
			throw new GonghuiException(HttpStatus.TOO_MANY_REQUESTS, "login.locked");
		}
		catch (AuthenticationException ex) {
			throw new GonghuiException(HttpStatus.UNAUTHORIZED, "login.bad-credentials");
		}
	}

	@PostMapping("/api/v1/accounts")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<AccountSummary> create(@Valid @RequestBody NewAccount request) {
		long id = this.accounts.createWithin(this.scopes.current(), request.username(), request.password(),
				request.displayName() == null ? request.username() : request.displayName(), request.role(),
				request.orgId());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id)).body(this.accounts.find(id).orElseThrow());
	}

	record TokenRequest(@NotBlank(message = "{login.username.required}") String username,
			@NotBlank(message = "{login.password.required}") String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	record NewAccount(@NotBlank(message = "{account.username.required}") String username,
			@NotBlank(message = "{account.password.required}") String password,
			@NotNull(message = "{account.role.required}") Role role, @Nullable Long orgId,
			@Nullable String displayName) {
	}

}
