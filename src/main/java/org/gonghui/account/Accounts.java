package org.gonghui.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.security.Role;

/**
 * What other modules may ask of accounts: create one (demo data, worker sign-up) and look
 * one up.
 */
public interface Accounts {

	long create(String username, String password, String displayName, Role role, @Nullable Long orgId);

	Optional<AccountSummary> find(long id);

	boolean exists(String username);

	/** The account signed in as {@code username} (any case), e.g. to assign a judge. */
	Optional<AccountSummary> findByUsername(String username);

	record AccountSummary(long id, String username, String displayName, Role role, @Nullable Long orgId,
			boolean enabled) {
	}

}
