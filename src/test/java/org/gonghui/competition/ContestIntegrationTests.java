package org.gonghui.competition;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class ContestIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	ContestWorld world;

	ApiClient county;

	@BeforeEach
	void world() {
		this.world = new ContestWorld(this.port);
		this.county = this.world.login(this.world.account("FEDERATION_STAFF", this.world.countyA));
	}

	@Test
	void flagsIneligibleSignUpsAndRefusesToAcceptThem() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String[] outside = this.world.member(this.world.unionB, "乙县护士", "护士");
		String[] wrongTrade = this.world.member(this.world.unionA, "甲区会计", "会计");
		String[] nurse = this.world.member(this.world.unionA, "甲区护士", "护士");

		// admin's scope covers county B, so the nomination is stored and flagged
		long outsideEntry = this.world.admin
			.post("/api/v1/competitions/" + contest + "/nominations", body("name", outside[0], "idNumber", outside[1]))
			.json()
			.get("id")
			.asLong();
		long wrongTradeEntry = this.county
			.post("/api/v1/competitions/" + contest + "/nominations",
					body("name", wrongTrade[0], "idNumber", wrongTrade[1]))
			.json()
			.get("id")
			.asLong();
		Response nurseEntry = this.county.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", nurse[0], "idNumber", nurse[1]));

		Response entries = this.county.get("/api/v1/competitions/" + contest + "/entries");
		assertThat(entries.body()).contains("competition.eligibility.not-member-in-scope",
				"competition.eligibility.trade-mismatch");
		Response refused = this.county.post("/api/v1/competitions/entries/" + outsideEntry + "/accept", Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("不符合参赛条件");
		assertThat(this.county.post("/api/v1/competitions/entries/" + wrongTradeEntry + "/accept", Map.of()).status())
			.isEqualTo(422);
		Response accepted = this.county
			.post("/api/v1/competitions/entries/" + nurseEntry.json().get("id").asLong() + "/accept", Map.of());
		assertThat(accepted.json().get("number").asString()).isEqualTo("001");
	}

	@Test
	void refusesASecondSignUp() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String[] nurse = this.world.member(this.world.unionA, "李护士", "护士");
		ApiClient worker = this.world.login(this.world.worker(this.members, this.jdbc, nurse));

		Response first = worker.post("/api/v1/competitions/" + contest + "/sign-ups", body("description", "急诊科护士"));
		Response second = worker.post("/api/v1/competitions/" + contest + "/sign-ups", Map.of());

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(409);
	}

	@Test
	void aWorkerEntersOnlyAsTheMemberTheirAccountIsLinkedToWhateverTheSignUpNames() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String contestName = name(contest);
		String[] nurse = this.world.member(this.world.unionA, "本人护士", "护士");
		String[] colleague = this.world.member(this.world.unionA, "同事护士", "护士");
		ApiClient mine = this.world.login(this.world.worker(this.members, this.jdbc, nurse));

		// a name and ID number typed on the sign-up are not looked at
		Response asColleague = mine.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("name", colleague[0], "idNumber", colleague[1]));

		assertThat(asColleague.status()).as(asColleague.body()).isEqualTo(201);
		assertThat(this.jdbc.sql("select name from competition.entry where contest_id = :contest")
			.param("contest", contest)
			.query(String.class)
			.list()).containsExactly(nurse[0]);
		// the linked member's record was read for the sign-up: audited
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and entity_type = 'member' and summary like :like""")
			.param("like", "竞赛「" + contestName + "」报名，按账号绑定的会员核验：" + nurse[0])
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUnlinkedWorkerIsSentToIdentityAndNothingIsWrittenOrLinked() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String[] nurse = this.world.member(this.world.unionA, "未认证护士", "护士");
		String username = this.world.account("WORKER", null);
		ApiClient worker = this.world.login(username);

		Response refused = worker.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("name", nurse[0], "idNumber", nurse[1]));

		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).startsWith("请先完成实名认证");
		ConsoleClient portal = ConsoleClient.signIn(this.port, username, "Passw0rd1");
		String page = portal.get("/portal/competitions/" + contest + "/sign-up").body();
		assertThat(page).contains("/portal/identity?next=/portal/competitions/" + contest + "/sign-up")
			.doesNotContain("name=\"teamName\"", "提交报名");
		portal.post("/portal/competitions/" + contest + "/sign-up", Map.of("name", nurse[0], "idNumber", nurse[1]));
		assertThat(portal.get("/portal/competitions").body()).contains("/portal/identity?next=/portal/competitions");
		assertThat(this.jdbc.sql("select count(*) from competition.entry where contest_id = :contest")
			.param("contest", contest)
			.query(Long.class)
			.single()).isZero();
		assertThat(AccountLinks.linksOf(this.jdbc, this.members.findByIdNumber(nurse[1]).orElseThrow().id())).isZero();
	}

	@Test
	void theSignUpPageShowsTheLinkedMemberAndTakesNoNameOrIdNumber() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String[] nurse = this.world.member(this.world.unionA, "页面护士", "护士");
		String[] colleague = this.world.member(this.world.unionA, "页面同事", "护士");
		ConsoleClient portal = ConsoleClient.signIn(this.port, this.world.worker(this.members, this.jdbc, nurse),
				"Passw0rd1");

		String page = portal.get("/portal/competitions/" + contest + "/sign-up").body();
		assertThat(page).contains("value=\"" + nurse[0] + "\"", "readonly")
			.doesNotContain("name=\"idNumber\"", "name=\"name\"");
		ConsoleClient.Page posted = portal.post("/portal/competitions/" + contest + "/sign-up",
				Map.of("name", colleague[0], "idNumber", colleague[1]));

		assertThat(posted.location()).as(posted.status() + posted.body()).endsWith("/portal/competitions");
		assertThat(this.jdbc.sql("select name from competition.entry where contest_id = :contest")
			.param("contest", contest)
			.query(String.class)
			.list()).containsExactly(nurse[0]);
	}

	@Test
	void theWorkersPortalShowsTheEntriesOfTheirOwnMemberOnly() {
		long signedUp = this.world.contest(this.county, "一等奖,1");
		long nominated = this.world.contest(this.county, "一等奖,1");
		long foreign = this.world.contest(this.county, "一等奖,1");
		String[] nurse = this.world.member(this.world.unionA, "门户护士", "护士");
		String[] someoneElse = this.world.member(this.world.unionA, "他人护士", "护士");
		String username = this.world.worker(this.members, this.jdbc, nurse);
		long entry = this.world.login(username)
			.post("/api/v1/competitions/" + signedUp + "/sign-ups", Map.of())
			.json()
			.get("id")
			.asLong();
		this.county.post("/api/v1/competitions/" + nominated + "/nominations",
				body("name", nurse[0], "idNumber", nurse[1]));
		// an entry this account made for someone else before sign-ups were tied to it
		long other = this.county
			.post("/api/v1/competitions/" + foreign + "/nominations",
					body("name", someoneElse[0], "idNumber", someoneElse[1]))
			.json()
			.get("id")
			.asLong();
		this.jdbc.sql("""
				update competition.entry set nominated_by = null,
				    account_id = (select account_id from competition.entry where id = :mine)
				where id = :other""").param("mine", entry).param("other", other).update();

		List<String> names = List.of(name(signedUp), name(nominated), name(foreign));

		String portal = ConsoleClient.signIn(this.port, username, "Passw0rd1").get("/portal/competitions").body();

		assertThat(portal).contains(names.get(0), names.get(1)).doesNotContain(names.get(2));
	}

	/** Gives the contest a name no other contains, and returns it. */
	private String name(long contest) {
		String name = "门户竞赛" + contest + "号";
		this.jdbc.sql("update competition.contest set name = :name where id = :id")
			.param("name", name)
			.param("id", contest)
			.update();
		return name;
	}

	@Test
	void aCountyCannotNominateToAnotherCountysContestAndOutOfScopeLooksLikeUnknown() {
		long contest = this.world.contest(this.county, "一等奖,1");
		ApiClient countyB = this.world.login(this.world.account("FEDERATION_STAFF", this.world.countyB));
		String[] own = this.world.member(this.world.unionB, "乙县护士甲", "护士");
		String[] inA = this.world.member(this.world.unionA, "甲区护士乙", "护士");

		Response foreign = countyB.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", own[0], "idNumber", own[1]));
		Response notMine = this.county.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", own[0], "idNumber", own[1]));
		Response unknown = this.county.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", inA[0], "idNumber", Fixtures.idNumber("420602")));

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(notMine.status()).isEqualTo(422);
		assertThat(notMine.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
	}

	@Test
	void manyRefusedNominationsAtOnceAreAnsweredAndEachAudited() throws Exception {
		long contest = this.world.contest(this.county, "一等奖,1");
		String name = this.jdbc.sql("select name from competition.contest where id = :id")
			.param("id", contest)
			.query(String.class)
			.single();
		// more than the connection pool holds (20): each refusal is audited on the
		// nomination's own connection, never a second one
		int parallel = 30;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Response>> futures = new java.util.ArrayList<>();
		try {
			for (int i = 0; i < parallel; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return this.county.post("/api/v1/competitions/" + contest + "/nominations",
							body("name", "无此人", "idNumber", Fixtures.idNumber("420602")));
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<Response> future : futures) {
				Response answer = future.get();
				assertThat(answer.status()).as(answer.body()).isEqualTo(422);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from audit.audit_event where summary like :like")
			.param("like", "竞赛「" + name + "」推荐参赛，会员核验未通过%")
			.query(Integer.class)
			.single()).isEqualTo(parallel);
	}

	@Test
	void barsAJudgeFromScoringSomeoneFromTheirOwnEmployerAndLocksSubmittedSheets() {
		long contest = this.world.contest(this.county, "一等奖,1");
		long round = this.world.round(this.county, contest,
				body("name", "决赛", "judgesWeight", 100, "criteria", "判断意识和呼吸,10\n胸外按压,20", "trimFromJudges", 0));
		List<Long> entries = this.world.enter(this.county, contest,
				List.of(this.world.member(this.world.unionA, "同院护士", "护士"),
						this.world.member(this.world.unionA2, "他院护士", "护士")));
		String judge = this.world.account("JUDGE", null);
		assertThat(this.county
			.post("/api/v1/competitions/rounds/" + round + "/judges",
					body("username", judge, "employerOrgId", this.world.unionA, "chief", true))
			.status()).isEqualTo(204);
		assertThat(this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of()).status())
			.isEqualTo(204);
		ApiClient judging = this.world.login(judge);

		Response barred = judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", entries.get(0), "points", Map.of("C1", 8, "C2", 15)));
		Response scored = judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", entries.get(1), "points", Map.of("C1", 8, "C2", 15)));
		Response again = judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", entries.get(1), "points", Map.of("C1", 10, "C2", 20)));
		Response tooHigh = judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", entries.get(1), "points", Map.of("C1", 11, "C2", 20)));

		assertThat(barred.status()).isEqualTo(422);
		assertThat(barred.json().get("detail").asString()).contains("回避");
		assertThat(scored.status()).as(scored.body()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(409);
		assertThat(tooHigh.status()).isIn(409, 422);
		assertThat(this.jdbc.sql("select total from competition.score_sheet where entry_id = :e")
			.param("e", entries.get(1))
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("23");
	}

	@Test
	void keepsTheRankingHiddenUntilTheChiefJudgePublishesAndAwardsPrizes() {
		long contest = this.world.contest(this.county, "一等奖,1,人才库\n二等奖,1");
		long round = this.world.round(this.county, contest,
				body("name", "决赛", "judgesWeight", 70, "objectiveWeight", 30, "criteria", "操作,100",
						"objectiveFullMarks", 50, "trimFromJudges", 0, "tieBreakers", List.of("HIGHER_JUDGES")));
		List<Long> entries = this.world.enter(this.county, contest,
				List.of(this.world.member(this.world.unionA, "甲", "护士"),
						this.world.member(this.world.unionA, "乙", "护士"),
						this.world.member(this.world.unionA2, "丙", "内科医师")));
		String judge = this.world.account("JUDGE", null);
		this.county.post("/api/v1/competitions/rounds/" + round + "/judges", body("username", judge, "chief", true));
		this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of());
		ApiClient judging = this.world.login(judge);
		int[] points = { 90, 80, 70 };
		for (int i = 0; i < 3; i++) {
			assertThat(judging
				.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
						body("entryId", entries.get(i), "points", Map.of("C1", points[i])))
				.status()).isEqualTo(201);
			this.county.post("/api/v1/competitions/rounds/" + round + "/objective-results",
					body("entryId", entries.get(i), "score", 40));
		}
		assertThat(this.county.post("/api/v1/competitions/rounds/" + round + "/close", Map.of()).status())
			.isEqualTo(204);

		ApiClient anonymous = new ApiClient(this.port);
		assertThat(anonymous.get("/api/v1/public/competitions/rounds/" + round + "/results").json().size()).isZero();
		assertThat(this.county.get("/api/v1/competitions/rounds/" + round + "/results").json().size()).isEqualTo(3);
		assertThat(this.county.post("/api/v1/competitions/rounds/" + round + "/publish", Map.of()).status())
			.isEqualTo(409);
		assertThat(this.jdbc.sql("select count(*) from competition.award where contest_id = :c")
			.param("c", contest)
			.query(Integer.class)
			.single()).isZero();

		assertThat(judging.post("/api/v1/competitions/rounds/" + round + "/publish", Map.of()).status()).isEqualTo(204);

		var results = anonymous.get("/api/v1/public/competitions/rounds/" + round + "/results").json();
		assertThat(results.size()).isEqualTo(3);
		// 70% × 90 + 30% × (40/50 × 100) = 63 + 24
		assertThat(results.get(0).get("total").decimalValue()).isEqualByComparingTo("87");
		assertThat(results.get(0).get("name").asString()).isEqualTo("甲");
		String code = this.jdbc.sql("select code from competition.award where entry_id = :e")
			.param("e", entries.get(0))
			.query(String.class)
			.single();
		Response check = anonymous.get("/api/v1/public/certificates/" + code.toLowerCase());
		assertThat(check.json().get("prize").asString()).isEqualTo("一等奖");
		assertThat(anonymous.get("/api/v1/public/certificates/ABCDEFGHJKMN").status()).isEqualTo(404);
		Response pdf = anonymous.get("/public/certificates/" + code + "/pdf");
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void anIndividualContestKeepsNoTeamNameAndItsCertificatesShowNone() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String[] member = this.world.member(this.world.unionA, "单人选手", "护士");
		Response nominated = this.county.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", member[0], "idNumber", member[1], "teamName", "冒名队"));
		assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
		long entry = nominated.json().get("id").asLong();
		assertThat(this.jdbc.sql("select count(*) from competition.entry where id = :e and team_name is not null")
			.param("e", entry)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of()).status())
			.isEqualTo(200);
		long round = this.world.round(this.county, contest,
				body("name", "决赛", "judgesWeight", 100, "criteria", "操作,100", "trimFromJudges", 0));
		String judge = this.world.account("JUDGE", null);
		this.county.post("/api/v1/competitions/rounds/" + round + "/judges", body("username", judge, "chief", true));
		this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of());
		ApiClient judging = this.world.login(judge);
		assertThat(judging
			.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
					body("entryId", entry, "points", Map.of("C1", 90)))
			.status()).isEqualTo(201);
		this.county.post("/api/v1/competitions/rounds/" + round + "/close", Map.of());
		assertThat(judging.post("/api/v1/competitions/rounds/" + round + "/publish", Map.of()).status()).isEqualTo(204);
		// an entry stored with a team name before individual contests dropped it
		this.jdbc.sql("update competition.entry set team_name = '旧队名' where id = :e").param("e", entry).update();

		String code = this.jdbc.sql("select code from competition.award where entry_id = :e")
			.param("e", entry)
			.query(String.class)
			.single();
		ApiClient anonymous = new ApiClient(this.port);
		Response check = anonymous.get("/api/v1/public/certificates/" + code);
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.json().get("team") == null || check.json().get("team").isNull()).as(check.body()).isTrue();
		assertThat(anonymous.get("/public/certificates/" + code).body()).doesNotContain("旧队名");
		assertThat(this.county.get("/api/v1/competitions/rounds/" + round + "/results").body()).doesNotContain("旧队名");
	}

	@Test
	void takesTheVoteComponentFromTheBallotWhenTheRoundCloses() {
		long contest = this.world.contest(this.county, "一等奖,1");
		long round = this.world.round(this.county, contest, body("name", "初赛", "voteWeight", 30, "judgesWeight", 70,
				"criteria", "出品,100", "trimFromJudges", 0, "advancePlaces", 1));
		List<Long> entries = this.world.enter(this.county, contest, List
			.of(this.world.member(this.world.unionA, "调饮甲", "护士"), this.world.member(this.world.unionA, "调饮乙", "护士")));
		String judge = this.world.account("JUDGE", null);
		this.county.post("/api/v1/competitions/rounds/" + round + "/judges", body("username", judge));
		this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of());
		assertThat(ballotOpen(round)).isTrue();
		vote(round, entries.get(1));
		vote(round, entries.get(1));
		vote(round, entries.get(0));
		ApiClient judging = this.world.login(judge);
		judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", entries.get(0), "points", Map.of("C1", 80)));
		judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", entries.get(1), "points", Map.of("C1", 70)));

		this.county.post("/api/v1/competitions/rounds/" + round + "/close", Map.of());
		assertThat(ballotOpen(round)).isFalse();
		var results = this.county.get("/api/v1/competitions/rounds/" + round + "/results").json();
		// 甲: 30% × 50 + 70% × 80 = 71; 乙: 30% × 100 + 70% × 70 = 79
		assertThat(results.get(0).get("name").asString()).isEqualTo("调饮乙");
		assertThat(results.get(0).get("votes").asLong()).isEqualTo(2);
		assertThat(results.get(0).get("total").decimalValue()).isEqualByComparingTo("79");
		assertThat(results.get(0).get("advances").asBoolean()).isTrue();
		assertThat(results.get(1).get("advances").asBoolean()).isFalse();
		// staff publish a round without a chief judge
		assertThat(this.county.post("/api/v1/competitions/rounds/" + round + "/publish", Map.of()).status())
			.isEqualTo(204);
	}

	@Test
	void aPerRoundVotingRuleSetOnTheRoundRefusesASecondVoteTheNextDay() {
		long contest = this.world.contest(this.county, "一等奖,1");
		long round = this.world.round(this.county, contest, body("name", "网络投票", "voteWeight", 100, "judgesWeight", 0,
				"votePeriod", "PER_ROUND", "votesAllowed", 1));
		List<Long> entries = this.world.enter(this.county, contest, List
			.of(this.world.member(this.world.unionA, "投票甲", "护士"), this.world.member(this.world.unionA, "投票乙", "护士")));
		assertThat(this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of()).status())
			.isEqualTo(204);
		assertThat(
				this.jdbc.sql("select period || '/' || votes_allowed from competition.ballot where round_id = :round")
					.param("round", round)
					.query(String.class)
					.single())
			.isEqualTo("PER_ROUND/1");
		ApiClient voter = new ApiClient(this.port);
		String mobile = Fixtures.mobile();
		Response sent = voter.post("/api/v1/public/votes/" + round + "/codes", body("mobile", mobile));
		String token = voter
			.post("/api/v1/public/votes/" + round + "/tokens",
					body("mobile", mobile, "code", sent.json().get("demoCode").asString()))
			.json()
			.get("voterToken")
			.asString();
		Response first = voter.post("/api/v1/public/votes/" + round + "/votes",
				body("voterToken", token, "entrantId", entries.get(0), "clientVoteId", UUID.randomUUID().toString()));
		// the first vote was cast yesterday (Beijing time)
		this.jdbc.sql("update competition.vote set cast_at_ms = cast_at_ms - 86400000 where round_id = :round")
			.param("round", round)
			.update();

		Response nextDay = voter.post("/api/v1/public/votes/" + round + "/votes",
				body("voterToken", token, "entrantId", entries.get(1), "clientVoteId", UUID.randomUUID().toString()));

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(nextDay.status()).isEqualTo(409);
		assertThat(nextDay.json().get("detail").asString()).isEqualTo("您在本轮的投票次数已用完");
	}

	@Test
	void refusesARoundAfterTheFinalAndFullMarksBeyondTheColumn() {
		long contest = this.world.contest(this.county, "一等奖,1");
		this.world.round(this.county, contest, body("name", "决赛", "judgesWeight", 100, "criteria", "操作,100"));

		Response afterFinal = this.county.post("/api/v1/competitions/" + contest + "/rounds",
				body("name", "加赛", "judgesWeight", 100, "criteria", "操作,100"));
		Response huge = this.county.post("/api/v1/competitions/" + this.world.contest(this.county, "一等奖,1") + "/rounds",
				body("name", "理论", "objectiveWeight", 100, "objectiveFullMarks", 1e9));

		assertThat(afterFinal.status()).isEqualTo(409);
		assertThat(afterFinal.json().get("detail").asString()).contains("决赛之后");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.body()).contains("objectiveFullMarks");
	}

	@Test
	void entrantNumbersBeyond999SortAfter999() {
		long contest = this.world.contest(this.county, "一等奖,1");
		for (String number : List.of("1000", "999", "002")) {
			this.jdbc.sql("""
					insert into competition.entry (contest_id, member_id, name, id_number_masked, employer_org_id,
					    org_path, status, number)
					values (:contest, :member, :name, '4206**********0000', :org, cast('1' as ltree), 'ACCEPTED',
					    :number)""")
				.param("contest", contest)
				.param("member", -Long.parseLong(number))
				.param("name", "编号" + number)
				.param("org", this.world.unionA)
				.param("number", number)
				.update();
		}

		var entries = this.county.get("/api/v1/competitions/" + contest + "/entries").json();

		List<String> numbers = new java.util.ArrayList<>();
		entries.forEach((entry) -> numbers.add(entry.get("number").asString()));
		assertThat(numbers).containsExactly("002", "999", "1000");
	}

	@Test
	void staffOutsideTheOrganisersSubtreeGet404() {
		long contest = this.world.contest(this.county, "一等奖,1");
		ApiClient countyB = this.world.login(this.world.account("FEDERATION_STAFF", this.world.countyB));
		ApiClient city = this.world.login(this.world.account("FEDERATION_STAFF", this.world.city));

		assertThat(countyB.get("/api/v1/competitions/" + contest).status()).isEqualTo(404);
		assertThat(countyB.get("/api/v1/competitions/" + contest + "/entries").status()).isEqualTo(404);
		assertThat(countyB.get("/api/v1/competitions").body()).doesNotContain("\"id\":" + contest + ",");
		assertThat(city.get("/api/v1/competitions/" + contest).status()).isEqualTo(200);
		Response created = countyB.post("/api/v1/competitions",
				body("name", "越权竞赛", "organiserOrgId", this.world.countyA, "level", "COUNTY", "trade", "护士",
						"entryKind", "INDIVIDUAL", "signUpOpensOn", "2030-01-01", "signUpClosesOn", "2030-01-02",
						"contestDate", "2030-01-03", "prizes", "一等奖,1"));
		assertThat(created.status()).isEqualTo(422);
	}

	@Test
	void aGrassrootsUnionNominatesOnlyItsOwnMembersToAContestAbove() {
		long contest = this.world.contest(this.county, "一等奖,1");
		ApiClient officer = this.world.login(this.world.account("UNION_OFFICER", this.world.unionA));
		String[] own = this.world.member(this.world.unionA, "本院护士", "护士");
		String[] other = this.world.member(this.world.unionA2, "他院医师", "内科医师");

		Response nominated = officer.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", own[0], "idNumber", own[1]));
		Response refused = officer.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", other[0], "idNumber", other[1]));

		assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
		assertThat(refused.status()).isEqualTo(422);
		// the contest itself stays the organiser's: the union cannot read its entries
		assertThat(officer.get("/api/v1/competitions/" + contest + "/entries").status()).isEqualTo(404);
	}

	@Test
	void refusesRoundWeightsThatDoNotSumTo100WithoutWriting() {
		long contest = this.world.contest(this.county, "一等奖,1");
		Response response = this.county.post("/api/v1/competitions/" + contest + "/rounds",
				body("name", "初赛", "voteWeight", 30, "judgesWeight", 60, "criteria", "出品,100"));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").asString()).contains("90");
		assertThat(this.jdbc.sql("select count(*) from competition.round where contest_id = :c")
			.param("c", contest)
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * Whether the round's public ballot accepts votes now, as the public voting API says.
	 */
	boolean ballotOpen(long round) {
		Response ballot = new ApiClient(this.port).get("/api/v1/public/votes/" + round);
		assertThat(ballot.status()).as(ballot.body()).isEqualTo(200);
		return ballot.json().get("open").asBoolean();
	}

	/**
	 * One member of the public verifies a new mobile number and votes, through the public
	 * API.
	 */
	void vote(long round, long entrant) {
		ApiClient anonymous = new ApiClient(this.port);
		String mobile = Fixtures.mobile();
		Response sent = anonymous.post("/api/v1/public/votes/" + round + "/codes", body("mobile", mobile));
		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		Response token = anonymous.post("/api/v1/public/votes/" + round + "/tokens",
				body("mobile", mobile, "code", sent.json().get("demoCode").asString()));
		assertThat(token.status()).as(token.body()).isEqualTo(201);
		Response cast = anonymous.post("/api/v1/public/votes/" + round + "/votes",
				body("voterToken", token.json().get("voterToken").asString(), "entrantId", entrant, "clientVoteId",
						UUID.randomUUID().toString()));
		assertThat(cast.status()).as(cast.body()).isEqualTo(201);
	}

}
