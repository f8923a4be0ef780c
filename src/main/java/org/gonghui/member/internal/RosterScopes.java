package org.gonghui.member.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.gonghui.member.MemberStatus;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * Which part of the roster a request asks for: the staff member's own subtree, or a union
 * inside it.
 */
@Component
class RosterScopes {

	private final OrgDirectory orgs;

	RosterScopes(OrgDirectory orgs) {
		this.orgs = orgs;
	}

	/**
	 * The organisation to list under: the scope's own when none is named, else one inside
	 * the scope (else 404).
	 */
	OrgSummary subtree(DataScope scope, @Nullable Long orgId) {
		return this.orgs.findWithin(scope, orgId == null ? scope.orgId() : orgId)
			.orElseThrow(GonghuiException::notFound);
	}

	MemberFilter filter(DataScope scope, @Nullable Long orgId, @Nullable String name, @Nullable MemberStatus status) {
		return new MemberFilter(subtree(scope, orgId).path(), name, status, null);
	}

}
