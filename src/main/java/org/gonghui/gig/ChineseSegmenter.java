package org.gonghui.gig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.gonghui.gig.internal.TsQueryText;

/**
 * Turns Chinese text into space-separated tokens for PostgreSQL full-text search with the
 * {@code simple} configuration, which cannot segment Chinese itself: store
 * {@code to_tsvector('simple', :documentText)} and match it with
 * {@code to_tsquery('simple', :queryText)}, both passed as bind parameters.
 * <p>
 * Words come from Lucene's smartcn (HMM) segmenter. Its dictionary keeps some trade names
 * whole ({@code 水暖工}) while splitting longer titles ({@code 水暖维修工 → 水 暖 维修 工}), so words
 * alone would miss that match. Documents therefore also index every Han character of a
 * multi-character word, and a query word of several Han characters matches either the
 * word (as a prefix) or all of its characters: {@code 水暖工 → ('水暖工':* | '水' & '暖' & '工')}.
 * This trades some precision for recall; {@code ts_rank} still puts whole-word matches
 * first.
 * <p>
 * Thread-safe: one analyzer instance serves all threads (Lucene analyzers keep per-thread
 * token streams). Text is NFKC-normalised first, so full-width letters and digits match
 * half-width ones.
 */
public final class ChineseSegmenter {

	/**
	 * Beyond this many words a query is a pasted paragraph; the rest would only slow the
	 * search.
	 */
	static final int MAX_QUERY_WORDS = 12;

	private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();

	/**
	 * The segmented words, lower-cased, stemmed for English, with punctuation dropped.
	 */
	public List<String> words(String text) {
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
		List<String> words = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream("text", normalised)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				if (TsQueryText.isPlainWord(word)) {
					words.add(word);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/**
	 * The text to store as {@code to_tsvector('simple', …)} for a post's fields (title,
	 * trade, description …): the words, then the Han characters of multi-character words.
	 */
	public String documentText(String... fields) {
		List<String> tokens = new ArrayList<>();
		List<String> characters = new ArrayList<>();
		for (String field : fields) {
			for (String word : words(field)) {
				tokens.add(word);
				if (word.codePointCount(0, word.length()) > 1 && TsQueryText.isHan(word)) {
					word.codePoints().forEach(c -> characters.add(Character.toString(c)));
				}
			}
		}
		tokens.addAll(characters);
		return String.join(" ", tokens);
	}

	/**
	 * The {@code to_tsquery('simple', …)} text for what a user typed: all words AND-ed,
	 * each built only from letters and digits so no input can break the tsquery syntax.
	 * Empty if nothing searchable remains (e.g. only punctuation): then list without the
	 * text filter.
	 */
	public Optional<String> queryText(String userInput) {
		Set<String> distinct = new LinkedHashSet<>(words(userInput));
		List<String> words = distinct.stream().limit(MAX_QUERY_WORDS).toList();
		return words.isEmpty() ? Optional.empty() : Optional.of(TsQueryText.and(words));
	}

}
