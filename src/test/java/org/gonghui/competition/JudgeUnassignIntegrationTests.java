package org.gonghui.competition;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.IntegrationTest;

import static org.gonghui.support.LockWaits.awaitLockWait;
import static org.gonghui.support.LockWaits.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * The organiser takes a judge off a round (console and API, audited) until that judge has
 * submitted a sheet in it: submitted sheets are locked and count.
 */
@IntegrationTest
class JudgeUnassignIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	ContestWorld world;

	ApiClient county;

	String countyUser;

	long round;

	List<Long> entries;

	@BeforeEach
	void world() {
		this.world = new ContestWorld(this.port);
		this.countyUser = this.world.account("FEDERATION_STAFF", this.world.countyA);
		this.county = this.world.login(this.countyUser);
		long contest = this.world.contest(this.county, "一等奖,1");
		this.round = this.world.round(this.county, contest,
				body("name", "决赛", "judgesWeight", 100, "criteria", "操作,100", "trimFromJudges", 0));
		this.entries = this.world.enter(this.county, contest, List.of(this.world.member(this.world.unionA, "撤评甲", "护士"),
				this.world.member(this.world.unionA2, "撤评乙", "护士")));
	}

	@Test
	void aJudgeWhoHasScoredCannotBeUnassignedAndOneWhoHasNotCan() {
		String scorer = judge();
		String idle = judge();
		assertThat(this.county.post("/api/v1/competitions/rounds/" + this.round + "/open", Map.of()).status())
			.isEqualTo(204);
		assertThat(this.world.login(scorer)
			.post("/api/v1/competitions/rounds/" + this.round + "/score-sheets",
					body("entryId", this.entries.get(0), "points", Map.of("C1", 80)))
			.status()).isEqualTo(201);

		Response refused = this.county.delete(path(scorer));
		Response removed = this.county.delete(path(idle));
		Response again = this.county.delete(path(idle));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("已在本赛程提交评分", "不能撤销");
		assertThat(removed.status()).as(removed.body()).isEqualTo(204);
		assertThat(again.status()).isEqualTo(404);
		assertThat(judges()).containsExactly(accountId(scorer));
		// the scorer's sheet still counts
		assertThat(this.jdbc.sql("select count(*) from competition.score_sheet where round_id = :r")
			.param("r", this.round)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'contest-round' and entity_id = :r and summary like '撤销评委%'""")
			.param("r", String.valueOf(this.round))
			.query(Long.class)
			.single()).isEqualTo(1);
		// an unassigned judge no longer scores
		Response late = this.world.login(idle)
			.post("/api/v1/competitions/rounds/" + this.round + "/score-sheets",
					body("entryId", this.entries.get(1), "points", Map.of("C1", 70)));
		assertThat(late.status()).isEqualTo(404);
	}

	@Test
	void theOrganiserUnassignsAJudgeOnTheConsole() {
		String keep = judge();
		String drop = judge();
		ConsoleClient console = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		String page = console.get("/console/competitions/rounds/" + this.round).body();
		assertThat(page).contains("/judges/" + accountId(drop) + "/unassign");

		ConsoleClient.Page done = console
			.post("/console/competitions/rounds/" + this.round + "/judges/" + accountId(drop) + "/unassign", Map.of());

		assertThat(done.status()).isEqualTo(302);
		assertThat(console.get(local(done.location())).body()).contains("已撤销该评委");
		assertThat(judges()).containsExactly(accountId(keep));

		// once the kept judge has scored, the console refuses with the reason
		this.county.post("/api/v1/competitions/rounds/" + this.round + "/open", Map.of());
		this.world.login(keep)
			.post("/api/v1/competitions/rounds/" + this.round + "/score-sheets",
					body("entryId", this.entries.get(0), "points", Map.of("C1", 80)));
		ConsoleClient.Page refused = console
			.post("/console/competitions/rounds/" + this.round + "/judges/" + accountId(keep) + "/unassign", Map.of());
		assertThat(console.get(local(refused.location())).body()).contains("已在本赛程提交评分");
		assertThat(judges()).containsExactly(accountId(keep));
	}

	@Test
	void staffOutsideTheOrganisersSubtreeCannotUnassign() {
		String judge = judge();
		ApiClient countyB = this.world.login(this.world.account("FEDERATION_STAFF", this.world.countyB));

		assertThat(countyB.delete(path(judge)).status()).isEqualTo(404);
		assertThat(judges()).containsExactly(accountId(judge));
	}

	@Test
	void theChiefJudgeCannotBeUnassignedOnceTheRoundHasStarted() {
		String chief = judge(true);
		String other = judge();
		ConsoleClient console = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		// in setup the chief may still be replaced
		assertThat(console.get("/console/competitions/rounds/" + this.round).body())
			.contains("/judges/" + accountId(chief) + "/unassign");
		assertThat(this.county.post("/api/v1/competitions/rounds/" + this.round + "/open", Map.of()).status())
			.isEqualTo(204);

		Response refused = this.county.delete(path(chief));
		String page = console.get("/console/competitions/rounds/" + this.round).body();

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("裁判长");
		assertThat(judges()).contains(accountId(chief));
		assertThat(page).doesNotContain("/judges/" + accountId(chief) + "/unassign")
			.contains("/judges/" + accountId(other) + "/unassign");
		// so staff still cannot publish in the chief's place
		Response publish = this.county.post("/api/v1/competitions/rounds/" + this.round + "/publish", Map.of());
		assertThat(publish.status()).isEqualTo(409);
		assertThat(publish.json().get("detail").asString()).contains("裁判长");
	}

	@Test
	void aSheetAndAnUnassignmentAtOnceDoNotDeadlock() throws Exception {
		String judge = judge();
		judge();
		assertThat(this.county.post("/api/v1/competitions/rounds/" + this.round + "/open", Map.of()).status())
			.isEqualTo(204);
		ApiClient judging = this.world.login(judge);
		Response response;
		try (Connection unassigning = this.dataSource.getConnection()) {
			unassigning.setAutoCommit(false);
			// what unassigning does: the round first, for update ...
			execute(unassigning, "set local lock_timeout = '20s'");
			execute(unassigning, "select 1 from competition.round where id = " + this.round + " for update");
			CompletableFuture<Response> sheet = CompletableFuture
				.supplyAsync(() -> judging.post("/api/v1/competitions/rounds/" + this.round + "/score-sheets",
						body("entryId", this.entries.get(0), "points", Map.of("C1", 80))));
			awaitLockWait(this.jdbc, "the sheet");
			// ... then the assignment, while the sheet is on its way
			try (Statement statement = unassigning.createStatement()) {
				assertThat(statement.executeUpdate("delete from competition.round_judge where round_id = " + this.round
						+ " and account_id = " + accountId(judge)))
					.isEqualTo(1);
			}
			unassigning.commit();
			response = sheet.get(30, TimeUnit.SECONDS);
		}

		// the sheet waited for the unassignment and then found its judge gone
		assertThat(response.status()).as(response.body()).isEqualTo(404);
		assertThat(sheets()).isZero();
	}

	@Test
	void aSheetWaitingForTheRoundToCloseIsRefused() throws Exception {
		String judge = judge();
		assertThat(this.county.post("/api/v1/competitions/rounds/" + this.round + "/open", Map.of()).status())
			.isEqualTo(204);
		ApiClient judging = this.world.login(judge);
		Response response;
		try (Connection closing = this.dataSource.getConnection()) {
			closing.setAutoCommit(false);
			execute(closing, "select 1 from competition.round where id = " + this.round + " for update");
			CompletableFuture<Response> sheet = CompletableFuture
				.supplyAsync(() -> judging.post("/api/v1/competitions/rounds/" + this.round + "/score-sheets",
						body("entryId", this.entries.get(0), "points", Map.of("C1", 80))));
			awaitLockWait(this.jdbc, "the sheet");
			execute(closing, "update competition.round set status = 'CLOSED' where id = " + this.round);
			closing.commit();
			response = sheet.get(30, TimeUnit.SECONDS);
		}

		assertThat(response.status()).as(response.body()).isEqualTo(409);
		assertThat(sheets()).isZero();
	}

	private long sheets() {
		return this.jdbc.sql("select count(*) from competition.score_sheet where round_id = :r")
			.param("r", this.round)
			.query(Long.class)
			.single();
	}

	private static String local(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

	private String judge() {
		return judge(false);
	}

	private String judge(boolean chief) {
		String username = this.world.account("JUDGE", null);
		assertThat(this.county
			.post("/api/v1/competitions/rounds/" + this.round + "/judges", body("username", username, "chief", chief))
			.status()).isEqualTo(204);
		return username;
	}

	private String path(String judge) {
		return "/api/v1/competitions/rounds/" + this.round + "/judges/" + accountId(judge);
	}

	private long accountId(String username) {
		return AccountLinks.accountId(this.jdbc, username);
	}

	private List<Long> judges() {
		return this.jdbc.sql("select account_id from competition.round_judge where round_id = :r order by account_id")
			.param("r", this.round)
			.query(Long.class)
			.list();
	}

}
