package org.gonghui.gig;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseSegmenterTests {

	private static final ChineseSegmenter SEGMENTER = new ChineseSegmenter();

	private static boolean finds(String query, String... documentFields) {
		String tsQuery = SEGMENTER.queryText(query).orElseThrow();
		return TsQueryMatcher.matches(tsQuery, SEGMENTER.documentText(documentFields));
	}

	@Test
	void smartcnKeepsShuinuangongWhole_butSplitsShuinuanWeixiugong() {
		// the reason for indexing characters: without them 水暖工 would never meet 水暖维修工
		assertThat(SEGMENTER.words("水暖工")).containsExactly("水暖工");
		assertThat(SEGMENTER.words("水暖维修工")).containsExactly("水", "暖", "维修", "工");
	}

	@Test
	void shuinuangongFindsAPostTitledShuinuanWeixiugong() {
		String document = SEGMENTER.documentText("水暖维修工");

		assertThat(TsQueryMatcher.tokens(document)).contains("水", "暖", "工");
		assertThat(finds("水暖工", "招聘水暖维修工", "日结，需自带工具")).isTrue();
	}

	@Test
	void buildsTheShuinuangongQueryAsWordOrAllItsCharacters() {
		assertThat(SEGMENTER.queryText("水暖工")).contains("('水暖工':* | '水' & '暖' & '工')");
	}

	@Test
	void shuinuangongDoesNotFindAnElectricianPost() {
		assertThat(finds("水暖工", "招聘电工", "持证上岗")).isFalse();
	}

	@Test
	void requiresEveryWordOfTheQuery_plumberInWuchangButNotHankou() {
		assertThat(finds("水暖工 武昌", "水暖维修工", "武昌区中南路")).isTrue();
		assertThat(finds("水暖工 汉口", "水暖维修工", "武昌区中南路")).isFalse();
	}

	@Test
	void matchesWordPrefixes_weixiuFindsWeixiugong() {
		assertThat(finds("维修", "空调维修工")).isTrue();
	}

	@Test
	void matchesEnglishByStemAndPrefix_plumbingFindsPlumbers() {
		assertThat(finds("plumbing", "Plumbers wanted")).isTrue();
	}

	@Test
	void normalisesFullWidthLetters_ＷＩＦＩ() {
		assertThat(SEGMENTER.words("ＷｉＦｉ")).containsExactly("wifi");
	}

	@Test
	void numbersMatchExactly_200NotPrefixOf2000() {
		assertThat(SEGMENTER.queryText("200")).contains("'200'");
		assertThat(finds("200", "日结200元")).isTrue();
		assertThat(finds("200", "月薪2000元")).isFalse();
	}

	@Test
	void singleCharactersMatchExactly_gongIsNotAPrefix() {
		assertThat(SEGMENTER.queryText("工")).contains("'工'");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "'  '", "！？。，", "& | ! ( ) : * ' \\", "<->" })
	void givesNoQueryForInputWithoutWords(String input) {
		assertThat(SEGMENTER.queryText(input)).isEmpty();
	}

	@Test
	void dropsTsQueryOperatorsFromUserInput() {
		String query = SEGMENTER.queryText("水暖' & !电工 | (木工):* <-> x'); DROP TABLE gig_post;--").orElseThrow();

		assertThat(query).doesNotContain("!", "|'", "<->", ";", "--", "drop table");
		assertThat(TsQueryMatcher.parse(query)).isNotNull();
	}

	@Test
	void limitsAQueryToTwelveWords() {
		String query = SEGMENTER.queryText("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10 k11 l12 m13 n14").orElseThrow();

		assertThat(query.split(" & ")).hasSize(ChineseSegmenter.MAX_QUERY_WORDS);
	}

	@Test
	void documentTextHasOnlyPlainTokens() {
		String document = SEGMENTER.documentText("【急招】水暖维修工（日结）！", "电话：138-0000-0000");

		assertThat(TsQueryMatcher.tokens(document))
			.allSatisfy(token -> assertThat(token.codePoints().allMatch(Character::isLetterOrDigit)).isTrue());
	}

	@Property(tries = 300)
	void anyInputGivesAWellFormedQueryOrNone(@ForAll String input) {
		SEGMENTER.queryText(input).ifPresent(TsQueryMatcher::parse);
	}

	@Property(tries = 200)
	void anyTitleIsFoundByItself(@ForAll("titles") String title) {
		SEGMENTER.queryText(title)
			.ifPresent(query -> assertThat(TsQueryMatcher.matches(query, SEGMENTER.documentText(title))).isTrue());
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> titles() {
		return net.jqwik.api.Arbitraries
			.of("水暖工", "水暖维修工", "家政保洁", "快递分拣员", "油漆工", "木工", "瓦工", "月嫂", "搬家师傅", "电工", "焊工", "叉车司机", "plumber", "200元")
			.list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.map(parts -> String.join("", parts));
	}

	@Test
	void oneInstanceServesManyThreads() throws Exception {
		List<String> inputs = List.of("水暖维修工", "家政保洁", "快递分拣员", "搬家师傅");
		List<String> expected = inputs.stream().map(SEGMENTER::documentText).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String input = inputs.get(i % inputs.size());
				results.add(pool.submit(() -> SEGMENTER.documentText(input)));
			}
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get()).isEqualTo(expected.get(i % inputs.size()));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
