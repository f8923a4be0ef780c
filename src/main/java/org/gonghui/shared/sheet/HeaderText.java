package org.gonghui.shared.sheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a header cell to the form headers are compared in. Clerks' templates differ in
 * ways that carry no meaning: full-width characters typed with a Chinese IME, required
 * markers, notes in brackets, stray spaces.
 */
final class HeaderText {

	// after NFKC, （） and ［］ are already ( ) and [ ]
	private static final Pattern NOTES = Pattern
		.compile("\\([^)]*\\)?|\\[[^\\]]*\\]?|【[^】]*】?|〔[^〕]*〕?|<[^>]*>?|《[^》]*》?");

	private HeaderText() {
	}

	static String normalize(String raw) {
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		text = NOTES.matcher(text).replaceAll("");
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter((c) -> !isIgnored(c)).forEach(kept::appendCodePoint);
		return kept.toString().toLowerCase(Locale.ROOT);
	}

	private static boolean isIgnored(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '※' || c == ':'
				|| c == '\u200B' || c == '\uFEFF';
	}

}
