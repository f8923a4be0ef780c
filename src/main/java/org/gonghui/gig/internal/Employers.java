package org.gonghui.gig.internal;

import org.springframework.stereotype.Component;

import org.gonghui.account.Accounts;
import org.gonghui.account.Accounts.AccountSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.ident.CreditCode;
import org.gonghui.shared.security.Role;
import org.gonghui.shared.web.GonghuiException;

/** Resolves an employer account to the enterprise or individual it posts as. */
@Component
class Employers {

	private final Accounts accounts;

	private final OrgDirectory orgs;

	Employers(Accounts accounts, OrgDirectory orgs) {
		this.accounts = accounts;
		this.orgs = orgs;
	}

	/**
	 * @param regionCode where the work is: an individual's post is managed by that
	 * region's federation, which is who hears of unpaid wages and whose staff see it
	 */
	EmployerIdentity identify(long accountId, String regionCode) {
		AccountSummary account = this.accounts.find(accountId)
			.filter(AccountSummary::enabled)
			.filter(a -> a.role() == Role.EMPLOYER)
			.orElseThrow(GonghuiException::forbidden);
		if (account.orgId() == null) {
			return new EmployerIdentity(accountId, account.displayName(), null, null,
					this.orgs.federationFor(regionCode).path());
		}
		OrgSummary org = this.orgs.find(account.orgId()).orElseThrow(GonghuiException::forbidden);
		// an enterprise posts under its verified name; an unverifiable code may not post
		if (org.employer() == null || !CreditCode.isValid(org.employer().creditCode())) {
			throw GonghuiException.invalid("gig.employer.unverified");
		}
		return new EmployerIdentity(accountId, org.employer().name(), org.id(),
				CreditCode.normalise(org.employer().creditCode()), org.path());
	}

}
