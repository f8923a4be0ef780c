package org.gonghui.assistance;

import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.Role;

/** Who performed a step, as kept in a case's history. */
public record Actor(long accountId, String displayName, Role role) {

	public static Actor of(CurrentUser user) {
		return new Actor(user.accountId(), user.displayName(), user.role());
	}

}
