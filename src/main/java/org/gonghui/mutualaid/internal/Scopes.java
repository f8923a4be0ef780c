package org.gonghui.mutualaid.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/** The subtree a list asks for: an organisation inside the scope, or the scope itself. */
@Component("mutualAidScopes")
class Scopes {

	private final OrgDirectory orgs;

	Scopes(OrgDirectory orgs) {
		this.orgs = orgs;
	}

	OrgSummary subtree(DataScope scope, @Nullable Long orgId) {
		return this.orgs.findWithin(scope, orgId == null ? scope.orgId() : orgId)
			.orElseThrow(GonghuiException::notFound);
	}

}
