package org.gonghui.gig.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds PostgreSQL {@code tsquery} text. Every operand is a quoted lexeme made only of
 * letters and digits, so no input reaches the operators {@code & | ! <-> ( ) : *} or the
 * quote character.
 */
public final class TsQueryText {

	private TsQueryText() {
	}

	/** Letters and digits only: the only tokens we let into a tsvector or tsquery. */
	public static boolean isPlainWord(String token) {
		return !token.isEmpty() && token.codePoints().allMatch(Character::isLetterOrDigit);
	}

	public static boolean isHan(String token) {
		return token.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** The words AND-ed, with the operand for each as {@link #operand} gives. */
	public static String and(List<String> words) {
		List<String> operands = new ArrayList<>();
		for (String word : words) {
			operands.add(operand(word));
		}
		return String.join(" & ", operands);
	}

	/**
	 * One word's operand: a single character or a number must match exactly (as a prefix
	 * it would match half the index); longer words match as prefixes ({@code 维修} finds
	 * {@code 维修工}, {@code plumb} finds {@code plumber}); several Han characters may also
	 * match character by character, mirroring the characters the document side indexes.
	 */
	static String operand(String word) {
		if (!isPlainWord(word)) {
			throw new IllegalArgumentException("not a plain word: " + word);
		}
		boolean singleCharacter = word.codePointCount(0, word.length()) == 1;
		boolean exact = singleCharacter || word.chars().allMatch(Character::isDigit);
		String lexeme = quote(word) + (exact ? "" : ":*");
		if (!singleCharacter && isHan(word)) {
			List<String> characters = new ArrayList<>();
			word.codePoints().forEach(c -> characters.add(quote(Character.toString(c))));
			return "(" + lexeme + " | " + String.join(" & ", characters) + ")";
		}
		return lexeme;
	}

	private static String quote(String plainWord) {
		return "'" + plainWord + "'";
	}

}
