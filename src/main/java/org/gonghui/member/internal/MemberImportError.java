package org.gonghui.member.internal;

import java.util.List;

/**
 * A problem found while checking an imported file, kept as a message key so that the
 * status page, the API and the error report all say it in the bundle's words.
 *
 * @param row the row as Excel numbers it (header counted)
 * @param column the header as written in the clerk's file
 */
record MemberImportError(int row, String column, String key, List<String> args) {

	MemberImportError {
		args = List.copyOf(args);
	}

	static MemberImportError of(int row, String column, String key, Object... args) {
		return new MemberImportError(row, column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

}
