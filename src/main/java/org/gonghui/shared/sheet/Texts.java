package org.gonghui.shared.sheet;

/**
 * Trimming that also removes the non-breaking and zero-width spaces pasted in from web
 * pages.
 */
final class Texts {

	private Texts() {
	}

	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
	}

}
