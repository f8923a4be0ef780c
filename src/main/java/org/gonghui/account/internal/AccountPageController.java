package org.gonghui.account.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.account.Accounts.AccountSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/** Administrators create accounts for organisations in their subtree. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountPageController {

	private final AccountRepository accounts;

	private final AccountService service;

	private final DataScopes scopes;

	private final OrgDirectory orgs;

	private final Messages messages;

	AccountPageController(AccountRepository accounts, AccountService service, DataScopes scopes, OrgDirectory orgs,
			Messages messages) {
		this.accounts = accounts;
		this.service = service;
		this.scopes = scopes;
		this.orgs = orgs;
		this.messages = messages;
	}

	@GetMapping("/console/accounts")
	String list(Model model) {
		DataScope scope = this.scopes.current();
		Map<Long, String> orgNames = new HashMap<>();
		List<AccountRow> rows = this.accounts.within(scope, 500, 0)
			.stream()
			.map(account -> new AccountRow(account,
					account.orgId() == null ? null
							: orgNames.computeIfAbsent(account.orgId(),
									orgId -> this.orgs.find(orgId).map(OrgSummary::name).orElse(""))))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("roles", Role.values());
		return "account/list";
	}

	@PostMapping("/console/accounts")
	String create(@RequestParam String username, @RequestParam String password, @RequestParam String displayName,
			@RequestParam Role role, @RequestParam(required = false) @Nullable Long orgId, Model model,
			RedirectAttributes redirect) {
		return this.messages.flash(redirect, "/console/accounts", () -> {
			this.service.createWithin(this.scopes.current(), username, password, displayName, role, orgId);
			return this.messages.text("account.new.created", username);
		});
	}

	record AccountRow(AccountSummary account, @Nullable String orgName) {
	}

}
