package org.gonghui.competition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.gonghui.competition.internal.voting.BallotSpec;
import org.gonghui.competition.internal.voting.Ballots;
import org.gonghui.member.MemberDirectory;
import org.gonghui.org.OrgDirectory;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;
import org.gonghui.support.RecordingSms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * With {@code gonghui.sms.show-codes=false} (production) no one-time code is shown to
 * whoever asked for it: not a voter's, not a team invitee's, not a worker's linking their
 * account. The codes still go out by SMS. In a database of its own, as the application
 * runs with another setting.
 */
@IntegrationTest
@TestPropertySource(properties = { "gonghui.sms.show-codes=false",
		"gonghui.embedded-db.data-directory=target/pg-hidden-codes-test" })
class HiddenSmsCodesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ballots ballots;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	MemberDirectory members;

	@Test
	void aVotersCodeIsNotShown() {
		long round = 1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		this.ballots.open(new BallotSpec(77, round, "调饮师技能大赛", "初赛", this.orgs.root().path(), VotingRule.oncePerDay(),
				Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(3)),
				List.of(new BallotSpec.Candidate(11, "001", "李调饮", "茶饮门店店长", null))));
		String mobile = Fixtures.mobile();

		Response sent = new ApiClient(this.port).post("/api/v1/public/votes/" + round + "/codes",
				body("mobile", mobile));

		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		assertNoCode(sent.json());
		assertThat(RecordingSms.awaitTo("vote", mobile, 1)).hasSize(1);
	}

	@Test
	void aTeamInviteesCodeIsNotShown() {
		ContestWorld world = new ContestWorld(this.port);
		ApiClient county = world.login(world.account("FEDERATION_STAFF", world.countyA));
		long contest = world.teamContest(county, "一等奖,1", 2, 2);
		String[] captain = world.member(world.unionA, "隐码队长", "护士");
		String[] nurse = world.member(world.unionA, "隐码护士", "护士");
		ApiClient captainApi = linkedWorker(world, captain);
		Response signedUp = captainApi.post("/api/v1/competitions/" + contest + "/sign-ups", body("name", captain[0],
				"idNumber", captain[1], "teamName", "隐码队", "teammates", ContestWorld.teammates(nurse)));
		assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
		ApiClient nurseApi = linkedWorker(world, nurse);
		long invitation = nurseApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();

		Response sent = nurseApi.post("/api/v1/competitions/invitations/" + invitation + "/code", Map.of());

		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		assertNoCode(sent.json());
		assertThat(RecordingSms.awaitTo("team-invitation", rosterPhone(nurse), 1)).hasSize(1);
	}

	@Test
	void aWorkersIdentityCodeIsNotShown() {
		ContestWorld world = new ContestWorld(this.port);
		String[] member = world.member(world.unionA, "隐码职工", "护士");
		ApiClient worker = world.login(world.account("WORKER", null));

		Response sent = worker.post("/api/v1/me/identity/codes", body("name", member[0], "idNumber", member[1]));

		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		assertNoCode(sent.json());
		assertThat(RecordingSms.awaitTo("identity", rosterPhone(member), 1)).hasSize(1);
	}

	private static void assertNoCode(JsonNode answer) {
		assertThat(answer.get("demoCode") == null || answer.get("demoCode").isNull()).as(answer.toString()).isTrue();
	}

	private String rosterPhone(String[] member) {
		return this.jdbc.sql("select phone from member.member where name = :name order by id desc limit 1")
			.param("name", member[0])
			.query(String.class)
			.single();
	}

	/** A worker account already linked to the member (as 实名认证 leaves it). */
	private ApiClient linkedWorker(ContestWorld world, String[] member) {
		return world.login(world.worker(this.members, this.jdbc, member));
	}

}
