package org.gonghui.shared.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.gonghui.shared.web.GonghuiException;

/**
 * The signed-in account as every module sees it. Staff carry the organisation whose
 * subtree they may see and change.
 */
public record CurrentUser(long accountId, String username, String displayName, Role role,
		@Nullable Long orgId) implements AuthenticatedPrincipal, Serializable {

	/**
	 * The username, which the stored session is indexed by (its principal name holds at
	 * most 100 characters; without this it would be the whole record as text).
	 */
	@Override
	public String getName() {
		return this.username;
	}

	public Collection<? extends GrantedAuthority> authorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static CurrentUser require() {
		return current().orElseThrow(GonghuiException::forbidden);
	}

	/** The organisation of a staff account; others have no data scope. */
	public long requireOrgId() {
		if (this.orgId == null) {
			throw GonghuiException.forbidden();
		}
		return this.orgId;
	}

}
