package org.gonghui.competition.internal.voting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;

import org.gonghui.competition.VoteRecord;

import static org.assertj.core.api.Assertions.assertThat;

class VoteCastFilterTests {

	static MockHttpServletRequest cast(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setContentType("application/json");
		return request;
	}

	@Test
	void takesOnlyThePlainFormOfAVoteCast() {
		assertThat(VoteCastFilter.plainCast(cast("/api/v1/public/votes/123456789/votes"))).isEqualTo(123456789L);
		MockHttpServletRequest withCharset = cast("/api/v1/public/votes/7/votes");
		withCharset.setContentType("application/json; charset=UTF-8");
		withCharset.addHeader("Accept", "application/json, text/plain, */*");
		assertThat(VoteCastFilter.plainCast(withCharset)).isEqualTo(7L);
	}

	@Test
	void leavesEveryOtherShapeToTheGeneralStack() {
		for (String uri : new String[] { "/api/v1/public/votes/12/codes", "/api/v1/public/votes/12/tokens",
				"/api/v1/public/votes/12", "/api/v1/public/votes//votes", "/api/v1/public/votes/1%32/votes",
				"/api/v1/public/votes/12;jsessionid=x/votes", "/api/v1/public/votes/12/votes;x=1",
				"/api/v1/public/votes/-1/votes", "/api/v1/public/votes/1234567890123456789/votes",
				"/api/v1/public/votes/../votes/12/votes", "/api/v1/public/votes/12/votes/" }) {
			assertThat(VoteCastFilter.plainCast(cast(uri))).as(uri).isEqualTo(-1);
		}
		MockHttpServletRequest get = cast("/api/v1/public/votes/12/votes");
		get.setMethod("GET");
		MockHttpServletRequest query = cast("/api/v1/public/votes/12/votes");
		query.setQueryString("x=1");
		MockHttpServletRequest keyed = cast("/api/v1/public/votes/12/votes");
		keyed.addHeader("Idempotency-Key", "k1");
		MockHttpServletRequest form = cast("/api/v1/public/votes/12/votes");
		form.setContentType("application/x-www-form-urlencoded");
		MockHttpServletRequest untyped = cast("/api/v1/public/votes/12/votes");
		untyped.setContentType(null);
		MockHttpServletRequest html = cast("/api/v1/public/votes/12/votes");
		html.addHeader("Accept", "text/html");
		MockHttpServletRequest mounted = cast("/app/api/v1/public/votes/12/votes");
		mounted.setContextPath("/app");
		for (MockHttpServletRequest request : new MockHttpServletRequest[] { get, query, keyed, form, untyped, html,
				mounted }) {
			assertThat(VoteCastFilter.plainCast(request)).isEqualTo(-1);
		}
	}

	@Test
	void answersByteForByteAsJacksonWritesTheControllersBody() {
		JsonMapper json = JsonMapper.builder().build();
		String hash = "ab".repeat(32);
		for (Instant castAt : new Instant[] { Instant.parse("2026-12-07T20:10:16Z"),
				Instant.parse("2026-12-07T20:10:16.120Z"), Instant.parse("2026-01-02T03:04:05.007Z") }) {
			for (boolean replayed : new boolean[] { false, true }) {
				BallotService.Cast cast = new BallotService.Cast("b0-1765-100000-42",
						new VoteRecord(123456789L, 996672028L, 11, hash, castAt, hash, hash), replayed);
				assertThat(new String(VoteCastFilter.answer(cast), StandardCharsets.UTF_8))
					.isEqualTo(json.writeValueAsString(VoteApiController.VoteJson.of(cast)));
			}
		}
	}

}
