package org.gonghui.shared.security;

/** Resolves a staff account's data scope; implemented by the organisations module. */
public interface DataScopes {

	DataScope scopeOf(CurrentUser user);

	default DataScope current() {
		return scopeOf(CurrentUser.require());
	}

}
