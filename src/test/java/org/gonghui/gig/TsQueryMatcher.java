package org.gonghui.gig;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A strict reader of the tsquery subset we generate ({@code 'lexeme'}, {@code :*},
 * {@code &}, {@code |}, parentheses), to check in plain unit tests that a query matches a
 * document's tokens the way PostgreSQL would. Anything else it refuses, so the tests also
 * catch malformed output.
 */
final class TsQueryMatcher {

	private final String text;

	private int pos;

	private TsQueryMatcher(String text) {
		this.text = text;
	}

	static boolean matches(String tsQuery, String documentText) {
		Set<String> lexemes = Set.copyOf(Arrays.asList(documentText.split(" ")));
		return parse(tsQuery).test(lexemes);
	}

	static Predicate<Set<String>> parse(String tsQuery) {
		TsQueryMatcher reader = new TsQueryMatcher(tsQuery);
		Predicate<Set<String>> query = reader.or();
		reader.skipSpaces();
		if (reader.pos != tsQuery.length()) {
			throw new IllegalArgumentException("trailing text at " + reader.pos + " in " + tsQuery);
		}
		return query;
	}

	private Predicate<Set<String>> or() {
		Predicate<Set<String>> left = and();
		while (accept('|')) {
			left = left.or(and());
		}
		return left;
	}

	private Predicate<Set<String>> and() {
		Predicate<Set<String>> left = operand();
		while (accept('&')) {
			left = left.and(operand());
		}
		return left;
	}

	private Predicate<Set<String>> operand() {
		if (accept('(')) {
			Predicate<Set<String>> inner = or();
			expect(')');
			return inner;
		}
		expect('\'');
		int end = this.text.indexOf('\'', this.pos);
		if (end < 0) {
			throw new IllegalArgumentException("unterminated lexeme in " + this.text);
		}
		String lexeme = this.text.substring(this.pos, end);
		if (lexeme.isEmpty() || !lexeme.codePoints().allMatch(Character::isLetterOrDigit)) {
			throw new IllegalArgumentException("unsafe lexeme '" + lexeme + "' in " + this.text);
		}
		this.pos = end + 1;
		boolean prefix = this.text.startsWith(":*", this.pos);
		if (prefix) {
			this.pos += 2;
		}
		return prefix ? lexemes -> lexemes.stream().anyMatch(l -> l.startsWith(lexeme))
				: lexemes -> lexemes.contains(lexeme);
	}

	private boolean accept(char c) {
		skipSpaces();
		if (this.pos < this.text.length() && this.text.charAt(this.pos) == c) {
			this.pos++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!accept(c)) {
			throw new IllegalArgumentException("expected " + c + " at " + this.pos + " in " + this.text);
		}
	}

	private void skipSpaces() {
		while (this.pos < this.text.length() && this.text.charAt(this.pos) == ' ') {
			this.pos++;
		}
	}

	static List<String> tokens(String documentText) {
		return List.of(documentText.split(" "));
	}

}
