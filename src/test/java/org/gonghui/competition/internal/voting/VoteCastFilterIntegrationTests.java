package org.gonghui.competition.internal.voting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.competition.VotingRule;
import org.gonghui.org.OrgDirectory;
import org.gonghui.support.ApiClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * The vote-cast filter answers exactly as the controller behind the general stack does (a
 * query string sends the same request down that stack), with the API chain's headers and
 * no session.
 */
@IntegrationTest
class VoteCastFilterIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Headers of the connection and the body's transfer, not of the answer (Tomcat adds
	 * {@code Vary: accept-encoding} when it could compress, i.e. when it sends a body of
	 * unknown length chunked).
	 */
	private static final Set<String> TRANSPORT = Set.of("date", "content-length", "transfer-encoding", "keep-alive",
			"connection", "vary");

	@LocalServerPort
	int port;

	@Autowired
	Ballots ballots;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	MeterRegistry meters;

	final HttpClient http = HttpClient.newHttpClient();

	long roundId;

	@BeforeEach
	void ballot() {
		this.roundId = 2_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		this.ballots
			.open(new BallotSpec(78, this.roundId, "调饮师技能大赛", "初赛", this.orgs.root().path(), VotingRule.oncePerDay(),
					Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)),
					List.of(new BallotSpec.Candidate(11, "001", "李调饮", "茶饮门店店长", null),
							new BallotSpec.Candidate(12, "002", "张咖啡", "咖啡师", null))));
	}

	String token() {
		ApiClient api = new ApiClient(this.port);
		String mobile = Fixtures.mobile();
		String code = api.post("/api/v1/public/votes/" + this.roundId + "/codes", body("mobile", mobile))
			.json()
			.get("demoCode")
			.asString();
		return api.post("/api/v1/public/votes/" + this.roundId + "/tokens", body("mobile", mobile, "code", code))
			.json()
			.get("voterToken")
			.asString();
	}

	HttpResponse<String> post(String json, boolean generalStack) throws Exception {
		String path = "/api/v1/public/votes/" + this.roundId + "/votes" + (generalStack ? "?via=stack" : "");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> vote(String token, long entrant, String clientVoteId, boolean generalStack) throws Exception {
		return post(
				JSON.writeValueAsString(body("voterToken", token, "entrantId", entrant, "clientVoteId", clientVoteId)),
				generalStack);
	}

	static Map<String, List<String>> answerHeaders(HttpHeaders headers) {
		Map<String, List<String>> answer = new TreeMap<>();
		headers.map().forEach((name, values) -> {
			if (!TRANSPORT.contains(name.toLowerCase())) {
				answer.put(name.toLowerCase(), values);
			}
		});
		return answer;
	}

	long casts(int status) {
		Timer timer = this.meters.find("gonghui.votes.cast").tag("status", Integer.toString(status)).timer();
		return (timer != null) ? timer.count() : 0;
	}

	@Test
	void aPlainCastIsAnsweredByTheFilterWithTheControllersBodyTheApiHeadersAndNoSession() throws Exception {
		long before = casts(201);
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();

		HttpResponse<String> filtered = vote(token(), 11, first, false);
		HttpResponse<String> stacked = vote(token(), 12, second, true);

		assertThat(casts(201)).isEqualTo(before + 1);
		assertThat(filtered.statusCode()).as(filtered.body()).isEqualTo(201);
		assertThat(stacked.statusCode()).as(stacked.body()).isEqualTo(201);
		assertThat(answerHeaders(filtered.headers())).isEqualTo(answerHeaders(stacked.headers()))
			.containsKey("content-security-policy")
			.doesNotContainKey("set-cookie");
		JsonNode a = JSON.readTree(filtered.body());
		JsonNode b = JSON.readTree(stacked.body());
		assertThat(a.propertyNames()).containsExactlyElementsOf(b.propertyNames());
		assertThat(a.get("clientVoteId").asString()).isEqualTo(first);
		assertThat(Instant.parse(a.get("castAt").asString())).isNotNull();
		assertThat(Instant.parse(b.get("castAt").asString())).isNotNull();
		assertThat(this.ballots.counts(this.roundId)).isEqualTo(Map.of(11L, 1L, 12L, 1L));
	}

	@Test
	void retriesAreAnsweredAlikeWhicheverWayTheyCome() throws Exception {
		String token = token();
		String clientVoteId = UUID.randomUUID().toString();

		HttpResponse<String> first = vote(token, 11, clientVoteId, false);
		HttpResponse<String> viaStack = vote(token, 11, clientVoteId, true);
		HttpResponse<String> viaFilter = vote(token, 11, clientVoteId, false);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(viaStack.statusCode()).isEqualTo(200);
		assertThat(viaFilter.statusCode()).isEqualTo(200);
		ObjectNode replayed = (ObjectNode) JSON.readTree(first.body());
		replayed.put("replayed", true);
		assertThat(JSON.readTree(viaStack.body())).isEqualTo(replayed);
		assertThat(JSON.readTree(viaFilter.body())).isEqualTo(replayed);
		assertThat(this.ballots.counts(this.roundId)).isEqualTo(Map.of(11L, 1L));
	}

	@Test
	void refusalsAreTheSameProblemDetailsAsTheControllers() throws Exception {
		String token = token();
		assertThat(vote(token, 11, "first", false).statusCode()).isEqualTo(201);
		String forged = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
		List<String> requests = List.of(
				JSON.writeValueAsString(body("voterToken", token, "entrantId", 12, "clientVoteId", "again")),
				JSON.writeValueAsString(body("voterToken", token(), "entrantId", 999, "clientVoteId", "unknown")),
				JSON.writeValueAsString(body("voterToken", forged, "entrantId", 11)),
				JSON.writeValueAsString(body("voterToken", token(), "entrantId", 11, "clientVoteId", "bad id!")),
				JSON.writeValueAsString(body("voterToken", token)),
				JSON.writeValueAsString(body("voterToken", " ", "entrantId", 11)),
				JSON.writeValueAsString(body("voterToken", token, "entrantId", "eleven")), "{\"voterToken\":", "",
				"null");

		for (String request : requests) {
			HttpResponse<String> filtered = post(request, false);
			HttpResponse<String> stacked = post(request, true);
			assertThat(filtered.statusCode()).as(request).isEqualTo(stacked.statusCode()).isBetween(400, 499);
			assertThat(filtered.headers().firstValue("Content-Type"))
				.isEqualTo(stacked.headers().firstValue("Content-Type"));
			assertThat(JSON.readTree(filtered.body())).as(request).isEqualTo(JSON.readTree(stacked.body()));
			assertThat(answerHeaders(filtered.headers())).as(request).isEqualTo(answerHeaders(stacked.headers()));
		}
		assertThat(this.ballots.counts(this.roundId)).isEqualTo(Map.of(11L, 1L));
	}

}
