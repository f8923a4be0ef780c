package org.gonghui.shared.sheet;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A cell's text as the clerk sees it, or why it cannot be trusted. */
record CellText(String text, @Nullable String problem) {

	static final CellText EMPTY = new CellText("", null);

	static final String NUMERIC_ID = "sheet.numeric-id";

	// what Excel shows (and saves to CSV) for a long number in a General cell:
	// 1.10105E+17
	private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+[0-9]{1,3}");

	static CellText of(String raw) {
		String text = Texts.trim(raw);
		if (text.indexOf('+') > 0 && SCIENTIFIC.matcher(text).matches()) {
			return problem(text, NUMERIC_ID);
		}
		return new CellText(text, null);
	}

	static CellText problem(String text, String messageKey) {
		return new CellText(text, messageKey);
	}

	boolean isBlank() {
		return this.problem == null && this.text.isEmpty();
	}

}
