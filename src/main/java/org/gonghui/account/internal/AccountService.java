package org.gonghui.account.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.account.Accounts;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

@Service
class AccountService implements Accounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final OrgDirectory orgs;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit, OrgDirectory orgs) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.orgs = orgs;
	}

	@Override
	@Transactional
	public long create(String username, String password, String displayName, Role role, @Nullable Long orgId) {
		String name = username.strip();
		if (!name.matches("[A-Za-z0-9_.@-]{3,40}")) {
			throw GonghuiException.invalidField("username", "account.username.format");
		}
		checkPassword(password);
		if (role.isStaff() && orgId == null) {
			throw GonghuiException.invalidField("orgId", "account.org.required");
		}
		if (this.accounts.findByUsername(name).isPresent()) {
			throw GonghuiException.conflict("account.username.taken", name);
		}
		String orgPath = orgId == null ? null
				: this.orgs.find(orgId)
					.map(OrgSummary::path)
					.orElseThrow(() -> GonghuiException.invalidField("orgId", "org.not-found"));
		try {
			long id = this.accounts.insert(name, this.passwords.encode(password),
					displayName.isBlank() ? name : displayName.strip(), role, orgId, orgPath);
			// filed under the account's organisation, so staff of that subtree find it in
			// the audit log
			this.audit.record(AuditEntry.of(AuditAction.CREATE, "account", id, orgPath,
					"新建账号 " + name + "（" + role.name() + "）"));
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("account.username.taken", name);
		}
	}

	/**
	 * An administrator creates accounts only for organisations inside their own subtree.
	 */
	@Transactional
	public long createWithin(DataScope scope, String username, String password, String displayName, Role role,
			@Nullable Long orgId) {
		if (orgId != null && this.orgs.findWithin(scope, orgId).isEmpty()) {
			throw GonghuiException.invalidField("orgId", "org.not-found");
		}
		return create(username, password, displayName, role, orgId);
	}

	/**
	 * At least 8 characters with letters and digits: enough to stop the common guesses.
	 */
	static void checkPassword(String password) {
		if (password.length() < 8 || password.length() > 128 || !password.matches(".*[A-Za-z].*")
				|| !password.matches(".*\\d.*")) {
			throw GonghuiException.invalidField("password", "account.password.weak");
		}
	}

	@Override
	public Optional<AccountSummary> find(long id) {
		return this.accounts.find(id);
	}

	@Override
	public Optional<AccountSummary> findByUsername(String username) {
		return this.accounts.findByUsername(username.strip()).map(AccountRepository.StoredAccount::summary);
	}

	@Override
	public boolean exists(String username) {
		return this.accounts.findByUsername(username).isPresent();
	}

}
