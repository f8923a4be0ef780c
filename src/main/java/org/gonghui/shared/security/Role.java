package org.gonghui.shared.security;

/** What an account may do; staff roles are bound to one organisation's subtree. */
public enum Role {

	ADMIN, FEDERATION_STAFF, UNION_OFFICER, PARTNER, JUDGE, EMPLOYER, WORKER;

	/** Staff work inside an organisation's subtree and use the console. */
	public boolean isStaff() {
		return this == ADMIN || this == FEDERATION_STAFF || this == UNION_OFFICER;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
