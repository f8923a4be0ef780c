package org.gonghui.account.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrganisationMoved;

/**
 * Keeps each account's copy of its organisation's path current: it follows moves in the
 * mover's transaction, and at start-up fills in accounts created before the path was
 * kept.
 */
@Component
@Order(15)
class AccountOrgPaths implements ApplicationRunner {

	private final AccountRepository accounts;

	private final OrgDirectory orgs;

	AccountOrgPaths(AccountRepository accounts, OrgDirectory orgs) {
		this.accounts = accounts;
		this.orgs = orgs;
	}

	@EventListener
	void on(OrganisationMoved moved) {
		this.accounts.rebase(moved.oldPath(), moved.newPath());
	}

	@Override
	public void run(ApplicationArguments args) {
		for (long orgId : this.accounts.orgIdsWithoutPath()) {
			this.orgs.find(orgId).ifPresent(org -> this.accounts.setOrgPath(orgId, org.path()));
		}
	}

}
