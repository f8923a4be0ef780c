package org.gonghui.gig.internal;

import org.jspecify.annotations.Nullable;

/**
 * Who posts: an enterprise (the account's organisation has an employer with a valid
 * credit code) or an individual (an employer account without an organisation).
 * {@code orgPath} is the managing union's path: the enterprise's union, or for
 * individuals the federation of the post's region (county, else city, else province).
 */
record EmployerIdentity(long accountId, String name, @Nullable Long orgId, @Nullable String creditCode,
		String orgPath) {
}
