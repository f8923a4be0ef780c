package org.gonghui.competition.internal.voting;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.competition.Recount;
import org.gonghui.competition.RecountResult;
import org.gonghui.competition.VoteChain;
import org.gonghui.competition.VoteLogCsv;
import org.gonghui.competition.VotePeriod;
import org.gonghui.competition.VoteRecord;
import org.gonghui.competition.VotingRule;
import org.gonghui.org.OrgDirectory;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class VotingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Ballots ballots;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VoteBatchStore batches;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	VotingProperties properties;

	ApiClient publicApi;

	ApiClient admin;

	long roundId;

	@BeforeEach
	void ballot() {
		this.publicApi = new ApiClient(this.port);
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		this.roundId = open(VotingRule.oncePerDay(), this.orgs.root().path());
	}

	long open(VotingRule rule, String orgPath) {
		long round = 1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		this.ballots.open(new BallotSpec(77, round, "调饮师技能大赛", "初赛", orgPath, rule,
				Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(3)),
				List.of(new BallotSpec.Candidate(11, "001", "李调饮", "茶饮门店店长", null),
						new BallotSpec.Candidate(12, "002", "张咖啡", "咖啡师", "https://example.org/p.jpg"),
						new BallotSpec.Candidate(13, "003", "王奶茶", "饮品研发", null))));
		return round;
	}

	String verifiedToken(long round) {
		String mobile = Fixtures.mobile();
		Response sent = this.publicApi.post("/api/v1/public/votes/" + round + "/codes", body("mobile", mobile));
		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		String code = sent.json().get("demoCode").asString();
		Response token = this.publicApi.post("/api/v1/public/votes/" + round + "/tokens",
				body("mobile", mobile, "code", code));
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		return token.json().get("voterToken").asString();
	}

	Response vote(long round, String token, long entrant, String clientVoteId) {
		return this.publicApi.post("/api/v1/public/votes/" + round + "/votes",
				body("voterToken", token, "entrantId", entrant, "clientVoteId", clientVoteId));
	}

	RecountResult recountOfExport(long round, ApiClient staff) {
		Response csv = staff.get("/api/v1/competitions/votes/" + round + "/log.csv");
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		Response tally = staff.get("/api/v1/competitions/votes/" + round);
		List<VoteRecord> log = VoteLogCsv.read(new StringReader(csv.body()));
		return Recount.of(round, log,
				new VoteChain.Checkpoint(tally.json().get("votes").asLong(), tally.json().get("head").asString()));
	}

	@Test
	void acceptsOneVoteAndRefusesTheSecondOnTheSameDayWithAClearMessage() {
		String token = verifiedToken(this.roundId);

		Response first = vote(this.roundId, token, 11, UUID.randomUUID().toString());
		Response second = vote(this.roundId, token, 12, UUID.randomUUID().toString());

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("sequence").asLong()).isEqualTo(1);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).isEqualTo("您今天在本轮的投票次数已用完，请明天再来");
		assertThat(this.ballots.counts(this.roundId)).isEqualTo(Map.of(11L, 1L));
	}

	@Test
	void perRoundRuleAllowsTheConfiguredNumberOfVotes() {
		long round = open(new VotingRule(VotePeriod.PER_ROUND, 3), this.orgs.root().path());
		String token = verifiedToken(round);

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			statuses.add(vote(round, token, 11 + i % 3, UUID.randomUUID().toString()).status());
		}
		Response refused = vote(round, token, 11, UUID.randomUUID().toString());

		assertThat(statuses).containsExactly(201, 201, 201, 409);
		assertThat(refused.json().get("detail").asString()).isEqualTo("您在本轮的投票次数已用完");
		assertThat(this.ballots.counts(round)).isEqualTo(Map.of(11L, 1L, 12L, 1L, 13L, 1L));
	}

	@Test
	void retriedVoteIsCountedOnceByClientVoteIdAndByIdempotencyKey() {
		String token = verifiedToken(this.roundId);
		String clientVoteId = UUID.randomUUID().toString();

		Response first = vote(this.roundId, token, 12, clientVoteId);
		Response retry = vote(this.roundId, token, 12, clientVoteId);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().get("replayed").asBoolean()).isTrue();
		assertThat(retry.json().get("sequence").asLong()).isEqualTo(first.json().get("sequence").asLong());

		String other = verifiedToken(this.roundId);
		String key = UUID.randomUUID().toString();
		Map<String, Object> request = body("voterToken", other, "entrantId", 13);
		Response keyed = this.publicApi.post("/api/v1/public/votes/" + this.roundId + "/votes", request,
				Map.of("Idempotency-Key", key));
		Response keyedRetry = this.publicApi.post("/api/v1/public/votes/" + this.roundId + "/votes", request,
				Map.of("Idempotency-Key", key));
		assertThat(keyed.status()).as(keyed.body()).isEqualTo(201);
		assertThat(keyedRetry.status()).isEqualTo(201);
		assertThat(keyedRetry.body()).isEqualTo(keyed.body());

		assertThat(this.ballots.counts(this.roundId)).isEqualTo(Map.of(12L, 1L, 13L, 1L));
	}

	@Test
	void twoHundredConcurrentVotersEachVotingTwiceGiveAnExactCount() throws Exception {
		int voters = 200;
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < voters; i++) {
			tokens.add(verifiedToken(this.roundId));
		}
		ExecutorService pool = Executors.newFixedThreadPool(64);
		CountDownLatch start = new CountDownLatch(1);
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < voters * 2; i++) {
			String token = tokens.get(i % voters);
			long entrant = 11 + (i % voters) % 3;
			done.add(pool.submit(() -> {
				start.await();
				int status = new ApiClient(this.port)
					.post("/api/v1/public/votes/" + this.roundId + "/votes",
							body("voterToken", token, "entrantId", entrant, "clientVoteId",
									UUID.randomUUID().toString()))
					.status();
				statuses.computeIfAbsent(status, (s) -> new AtomicInteger()).incrementAndGet();
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(statuses.get(201).get()).isEqualTo(voters);
		assertThat(statuses.get(409).get()).isEqualTo(voters);
		assertThat(statuses.keySet()).containsOnly(201, 409);
		Map<Long, Long> counts = this.ballots.counts(this.roundId);
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(voters);
		assertThat(counts).isEqualTo(Map.of(11L, 67L, 12L, 67L, 13L, 66L));
		RecountResult recount = recountOfExport(this.roundId, this.admin);
		assertThat(recount.intact()).as(String.valueOf(recount.problem())).isTrue();
		assertThat(recount.votesByEntrant()).isEqualTo(counts);
	}

	@Test
	void liveTallyEqualsTheRecountOfTheExportedLog() {
		for (int i = 0; i < 25; i++) {
			assertThat(vote(this.roundId, verifiedToken(this.roundId), 11 + i % 2 + (i % 5 == 0 ? 1 : 0),
					UUID.randomUUID().toString())
				.status()).isEqualTo(201);
		}
		Response tally = this.admin.get("/api/v1/competitions/votes/" + this.roundId);
		RecountResult recount = recountOfExport(this.roundId, this.admin);

		assertThat(recount.intact()).as(String.valueOf(recount.problem())).isTrue();
		assertThat(recount.votes()).isEqualTo(25);
		Map<Long, Long> live = this.ballots.counts(this.roundId);
		assertThat(recount.votesByEntrant()).isEqualTo(live);
		assertThat(tally.json().get("votesByEntrant").get("11").asLong()).isEqualTo(live.get(11L));
		assertThat(recount.head()).isEqualTo(tally.json().get("head").asString());
	}

	@Test
	void staffOutsideTheOrganisersSubtreeSeeNeitherTallyNorLog() {
		long root = this.orgs.root().id();
		Response county = this.admin.post("/api/v1/orgs", body("name", "投票测试省总工会" + System.nanoTime() % 100000, "type",
				"PROVINCIAL_FEDERATION", "parentId", root, "regionCode", "420000"));
		assertThat(county.status()).as(county.body()).isEqualTo(201);
		long province = county.json().get("id").asLong();
		String username = "votestaff" + System.nanoTime();
		this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "role", "FEDERATION_STAFF", "orgId", province));
		ApiClient outsider = new ApiClient(this.port).login(username, "Passw0rd!");

		assertThat(outsider.get("/api/v1/competitions/votes/" + this.roundId).status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/competitions/votes/" + this.roundId + "/log.csv").status()).isEqualTo(404);
		String provincePath = this.orgs.find(province).orElseThrow().path();
		long own = open(VotingRule.oncePerDay(), provincePath);
		assertThat(outsider.get("/api/v1/competitions/votes/" + own).status()).isEqualTo(200);
	}

	@Test
	void wrongCodesAreCountedAndCodesPerNumberAreLimited() {
		String mobile = Fixtures.mobile();
		String base = "/api/v1/public/votes/" + this.roundId;
		String code = this.publicApi.post(base + "/codes", body("mobile", mobile)).json().get("demoCode").asString();
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < this.properties.codeAttempts(); i++) {
			Response guess = this.publicApi.post(base + "/tokens", body("mobile", mobile, "code", wrong));
			assertThat(guess.status()).isEqualTo(422);
			assertThat(guess.json().get("detail").asString()).isEqualTo("验证码不正确");
		}
		Response right = this.publicApi.post(base + "/tokens", body("mobile", mobile, "code", code));
		assertThat(right.status()).isEqualTo(422);
		assertThat(right.json().get("detail").asString()).isEqualTo("验证码错误次数过多，请重新获取");

		List<Integer> statuses = new ArrayList<>();
		for (int i = 1; i < this.properties.mobileCodesPerHour() + 1; i++) {
			statuses.add(this.publicApi.post(base + "/codes", body("mobile", mobile)).status());
		}
		assertThat(statuses).last().isEqualTo(429);
		assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(202);
	}

	@Test
	void refusesVotesForUnknownCandidatesWithBadTokensAndAfterClosing() {
		String token = verifiedToken(this.roundId);
		Response unknown = vote(this.roundId, token, 999, "a1");
		Response forged = vote(this.roundId, token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0"),
				11, "a2");
		long otherRound = open(VotingRule.oncePerDay(), this.orgs.root().path());
		Response wrongRound = vote(otherRound, token, 11, "a3");
		Response badInput = this.publicApi.post("/api/v1/public/votes/" + this.roundId + "/votes",
				body("voterToken", token));
		this.ballots.close(this.roundId);
		Response closed = vote(this.roundId, token, 11, "a4");

		assertThat(unknown.status()).isEqualTo(422);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(wrongRound.status()).isEqualTo(401);
		assertThat(forged.json().get("detail").asString()).isEqualTo("身份验证已失效，请重新验证");
		assertThat(badInput.status()).isEqualTo(400);
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.json().get("detail").asString()).isEqualTo("投票已结束");
		assertThat(this.ballots.counts(this.roundId)).isEmpty();
	}

	@Test
	void candidatesCanBeReplacedOnlyBeforeTheFirstVote() {
		this.ballots.open(new BallotSpec(77, this.roundId, "调饮师技能大赛", "初赛", this.orgs.root().path(),
				VotingRule.oncePerDay(), Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600),
				List.of(new BallotSpec.Candidate(11, "001", "李调饮", "店长", null))));
		assertThat(vote(this.roundId, verifiedToken(this.roundId), 11, "x1").status()).isEqualTo(201);

		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> this.ballots
			.open(new BallotSpec(77, this.roundId, "调饮师技能大赛", "初赛", this.orgs.root().path(), VotingRule.oncePerDay(),
					Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), List.of()))))
			.isInstanceOf(org.gonghui.shared.web.GonghuiException.class);
	}

	@Test
	void theWriterChecksTheCandidatesOfTheBallotAsOpenedLast() {
		// the writer keeps a ballot's candidates once it has votes: before that they may
		// still be replaced, and each batch must see the replacement
		Response beforeReplacement = vote(this.roundId, verifiedToken(this.roundId), 14, "c1");
		this.ballots.open(new BallotSpec(77, this.roundId, "调饮师技能大赛", "初赛", this.orgs.root().path(),
				VotingRule.oncePerDay(), Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600),
				List.of(new BallotSpec.Candidate(14, "004", "赵果茶", "饮品研发", null))));
		Response replaced = vote(this.roundId, verifiedToken(this.roundId), 14, "c2");
		Response removed = vote(this.roundId, verifiedToken(this.roundId), 11, "c3");
		Response again = vote(this.roundId, verifiedToken(this.roundId), 14, "c4");
		Response removedAgain = vote(this.roundId, verifiedToken(this.roundId), 12, "c5");

		assertThat(beforeReplacement.status()).isEqualTo(422);
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
		assertThat(removed.status()).isEqualTo(422);
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(removedAgain.status()).isEqualTo(422);
		assertThat(this.ballots.counts(this.roundId)).isEqualTo(Map.of(14L, 2L));
	}

	@Test
	void aNetworkSendingMoreVotesAMinuteThanTheThresholdIsFlaggedWithItsCount() throws Exception {
		VotingProperties threshold3 = new VotingProperties(Duration.ofMinutes(5), 5, Duration.ofHours(2), 5, 60, 30, 5,
				3, 1000, 50000);
		String network = "198.51." + ThreadLocalRandom.current().nextInt(256) + ".0/24";
		VoteWriter writer = new VoteWriter(this.batches, this.transactions, threshold3,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		writer.start();
		List<CompletableFuture<VoteWriter.CastOutcome>> pending = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String voterHash = (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "");
			pending.add(writer.submit(this.roundId, 11, voterHash, "b" + i, network));
		}
		Map<Instant, Integer> perMinute = new TreeMap<>();
		for (CompletableFuture<VoteWriter.CastOutcome> vote : pending) {
			Instant castAt = vote.get(30, TimeUnit.SECONDS).record().castAt();
			perMinute.merge(castAt.truncatedTo(ChronoUnit.MINUTES), 1, Integer::sum);
		}
		writer.stop();

		Map<Instant, Integer> flagged = new TreeMap<>();
		this.jdbc
			.sql("select window_start, votes from competition.vote_flag where round_id = :round and network = :net")
			.param("round", this.roundId)
			.param("net", network)
			.query((rs, row) -> flagged.put(rs.getTimestamp(1).toInstant(), rs.getInt(2)))
			.list();
		perMinute.values().removeIf((votes) -> votes < 3);
		assertThat(perMinute).isNotEmpty();
		assertThat(flagged).isEqualTo(perMinute);
	}

	@Test
	void aRestartedWriterContinuesTheChainAndAnswersRetriesFromTheLog() throws Exception {
		String token = verifiedToken(this.roundId);
		String voterHash = token.split("\\.")[1];
		VoteWriter before = new VoteWriter(this.batches, this.transactions, this.properties,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		before.start();
		VoteWriter.CastOutcome first = before.submit(this.roundId, 11, voterHash, "r1", "127.0.0.0/24")
			.get(30, TimeUnit.SECONDS);
		before.stop();
		assertThat(before.submit(this.roundId, 12, voterHash, "r2", "127.0.0.0/24")).isNull();

		VoteWriter after = new VoteWriter(this.batches, this.transactions, this.properties,
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		after.start();
		VoteWriter.CastOutcome retry = after.submit(this.roundId, 11, voterHash, "r1", "127.0.0.0/24")
			.get(30, TimeUnit.SECONDS);
		VoteWriter.CastOutcome next = after
			.submit(this.roundId, 12, verifiedToken(this.roundId).split("\\.")[1], "r3", "127.0.0.0/24")
			.get(30, TimeUnit.SECONDS);
		after.stop();

		assertThat(first.record().sequence()).isEqualTo(1);
		assertThat(retry.replayed()).isTrue();
		assertThat(retry.record()).isEqualTo(first.record());
		assertThat(next.record().sequence()).isEqualTo(2);
		assertThat(next.record().previousHash()).isEqualTo(first.record().hash());
		RecountResult recount = recountOfExport(this.roundId, this.admin);
		assertThat(recount.intact()).isTrue();
		assertThat(recount.votesByEntrant()).isEqualTo(this.ballots.counts(this.roundId));
	}

}
