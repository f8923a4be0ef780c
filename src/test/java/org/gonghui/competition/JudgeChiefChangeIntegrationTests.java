package org.gonghui.competition;

import java.sql.Connection;
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
 * The chief judge may be replaced while the round is in setup (audited), and is fixed
 * once it has started: only the chief publishes, so swapping, demoting or newly naming a
 * chief through the assignment is refused then, as unassigning the chief is. A chief who
 * can no longer serve is replaced explicitly, with a reason, so the round can still be
 * published.
 */
@IntegrationTest
class JudgeChiefChangeIntegrationTests {

	private static final String CHIEF_CHECKBOX = "name=\"chief\"";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	ContestWorld world;

	List<Long> entries;

	ApiClient county;

	String countyUser;

	long round;

	@BeforeEach
	void world() {
		this.world = new ContestWorld(this.port);
		this.countyUser = this.world.account("FEDERATION_STAFF", this.world.countyA);
		this.county = this.world.login(this.countyUser);
		long contest = this.world.contest(this.county, "一等奖,1");
		this.round = this.world.round(this.county, contest, body("name", "换裁判长决赛" + System.nanoTime(), "judgesWeight",
				100, "criteria", "操作,100", "trimFromJudges", 0));
		this.entries = this.world.enter(this.county, contest, List.of(this.world.member(this.world.unionA, "换长甲", "护士"),
				this.world.member(this.world.unionA2, "换长乙", "护士")));
	}

	@Test
	void theChiefCanBeReplacedInSetupButNotOnceTheRoundHasStarted() {
		String first = judge(false);
		String second = judge(false);
		assertThat(assign(first, true).status()).isEqualTo(204);

		// in setup the chief may still be swapped, and the audit names whom it replaced
		assertThat(assign(second, true).status()).isEqualTo(204);
		assertThat(chief()).isEqualTo(accountId(second));
		assertThat(audits("指派裁判长%（替换 %")).isEqualTo(1);
		assertThat(open().status()).isEqualTo(204);
		long auditsBefore = audits("%");

		Response swap = assign(first, true);
		Response demote = assign(second, false);

		assertThat(swap.status()).as(swap.body()).isEqualTo(409);
		assertThat(swap.json().get("detail").asString()).contains("本赛程已开始", "裁判长");
		assertThat(demote.status()).as(demote.body()).isEqualTo(409);
		assertThat(demote.json().get("detail").asString()).contains("裁判长");
		assertThat(chief()).isEqualTo(accountId(second));
		assertThat(audits("%")).isEqualTo(auditsBefore);

		// what does not touch the chief still goes: the chief again as chief, a new judge
		assertThat(assign(second, true).status()).isEqualTo(204);
		judge(false);
		assertThat(chief()).isEqualTo(accountId(second));
		assertThat(audits("%")).isEqualTo(auditsBefore + 2);
	}

	@Test
	void aRoundThatStartedWithoutAChiefGetsNoneLater() {
		String judge = judge(false);
		assertThat(open().status()).isEqualTo(204);

		Response named = assign(judge, true);

		assertThat(named.status()).as(named.body()).isEqualTo(409);
		assertThat(named.json().get("detail").asString()).contains("裁判长");
		assertThat(this.jdbc.sql("select count(*) from competition.round_judge where round_id = :r and chief")
			.param("r", this.round)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theConsoleOffersTheChiefOnlyInSetupAndRefusesASwapAfterwards() {
		String chief = judge(true);
		String other = judge(false);
		ConsoleClient console = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		String page = "/console/competitions/rounds/" + this.round;
		assertThat(console.get(page).body()).contains(CHIEF_CHECKBOX);
		assertThat(open().status()).isEqualTo(204);

		assertThat(console.get(page).body()).doesNotContain(CHIEF_CHECKBOX);
		// a form kept open from before the start
		ConsoleClient.Page refused = console.post(page + "/judges", Map.of("username", other, "chief", "true"));

		assertThat(refused.status()).isEqualTo(302);
		assertThat(console.get(local(refused.location())).body()).contains("本赛程已开始，裁判长负责发布成绩，不能直接更换");
		assertThat(chief()).isEqualTo(accountId(chief));
	}

	@Test
	void aChiefWhoCannotServeIsReplacedWithAReasonAndTheNewChiefPublishes() {
		String absent = judge(true);
		String scoring = judge(false);
		assertThat(open().status()).isEqualTo(204);
		ApiClient judging = this.world.login(scoring);
		for (long entry : this.entries) {
			assertThat(judging
				.post("/api/v1/competitions/rounds/" + this.round + "/score-sheets",
						body("entryId", entry, "points", Map.of("C1", 80)))
				.status()).isEqualTo(201);
		}

		Response noReason = replace(scoring, " ");
		Response self = replace(absent, "重复");
		assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
		assertThat(noReason.body()).contains("理由");
		assertThat(self.status()).as(self.body()).isEqualTo(422);
		assertThat(chief()).isEqualTo(accountId(absent));

		// a judge who has already scored may take over: the sheets are theirs and count
		Response replaced = replace(scoring, "原裁判长因病无法到场");

		assertThat(replaced.status()).as(replaced.body()).isEqualTo(204);
		assertThat(chief()).isEqualTo(accountId(scoring));
		assertThat(audits("更换裁判长 % → %，理由：原裁判长因病无法到场：%")).isEqualTo(1);
		// the former chief is an ordinary judge now: without sheets they can be taken
		// off,
		// and the round closes and is published by the new chief
		assertThat(this.county.delete("/api/v1/competitions/rounds/" + this.round + "/judges/" + accountId(absent))
			.status()).isEqualTo(204);
		assertThat(this.county.post("/api/v1/competitions/rounds/" + this.round + "/close", Map.of()).status())
			.isEqualTo(204);
		assertThat(this.county.post("/api/v1/competitions/rounds/" + this.round + "/publish", Map.of()).status())
			.isEqualTo(409);
		assertThat(judging.post("/api/v1/competitions/rounds/" + this.round + "/publish", Map.of()).status())
			.isEqualTo(204);

		Response late = replace(this.world.account("JUDGE", null), "已公布后更换");
		assertThat(late.status()).as(late.body()).isEqualTo(409);
		assertThat(chief()).isEqualTo(accountId(scoring));
	}

	@Test
	void aReplacementChiefNotYetAssignedIsAssigned() {
		String former = judge(true);
		assertThat(open().status()).isEqualTo(204);
		String newcomer = this.world.account("JUDGE", null);

		assertThat(replace(newcomer, "原裁判长调离").status()).isEqualTo(204);

		assertThat(chief()).isEqualTo(accountId(newcomer));
		assertThat(judges()).containsExactlyInAnyOrder(accountId(former), accountId(newcomer));
		assertThat(audits("更换裁判长 % → %，理由：原裁判长调离：%")).isEqualTo(1);
	}

	@Test
	void aRoundWithoutAChiefHasNoChiefToReplace() {
		String judge = judge(false);
		assertThat(open().status()).isEqualTo(204);

		Response replaced = replace(judge, "补设裁判长");

		assertThat(replaced.status()).as(replaced.body()).isEqualTo(409);
		assertThat(replaced.json().get("detail").asString()).contains("没有裁判长");
		assertThat(this.jdbc.sql("select count(*) from competition.round_judge where round_id = :r and chief")
			.param("r", this.round)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAssignmentWithoutTheChiefFieldKeepsTheRole() {
		String chief = judge(true);
		assertThat(open().status()).isEqualTo(204);
		long employer = this.world.unionB;

		// correcting the chief's employer after the start, as the console (no checkbox)
		// sends
		Response corrected = this.county.post("/api/v1/competitions/rounds/" + this.round + "/judges",
				body("username", chief, "employerOrgId", employer));
		String newcomer = this.world.account("JUDGE", null);
		Response added = this.county.post("/api/v1/competitions/rounds/" + this.round + "/judges",
				body("username", newcomer));

		assertThat(corrected.status()).as(corrected.body()).isEqualTo(204);
		assertThat(added.status()).as(added.body()).isEqualTo(204);
		assertThat(chief()).isEqualTo(accountId(chief));
		assertThat(this.jdbc.sql("select employer_org_id from competition.round_judge where round_id = :r and chief")
			.param("r", this.round)
			.query(Long.class)
			.single()).isEqualTo(employer);
	}

	@Test
	void demotingTheChiefInSetupIsAuditedAsSuch() {
		String chief = judge(true);

		assertThat(assign(chief, false).status()).isEqualTo(204);

		assertThat(audits("指派评委 %（取消裁判长）：%")).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from competition.round_judge where round_id = :r and chief")
			.param("r", this.round)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void namingAChiefWhileTheRoundIsBeingOpenedWaitsAndIsRefused() throws Exception {
		String chief = judge(true);
		String other = judge(false);
		Response response;
		try (Connection opening = this.dataSource.getConnection()) {
			opening.setAutoCommit(false);
			// what opening does: the round, for update, then its status
			execute(opening, "set local lock_timeout = '20s'");
			execute(opening, "select 1 from competition.round where id = " + this.round + " for update");
			CompletableFuture<Response> naming = CompletableFuture.supplyAsync(() -> assign(other, true));
			awaitLockWait(this.jdbc, "naming the chief");
			execute(opening, "update competition.round set status = 'OPEN' where id = " + this.round);
			opening.commit();
			response = naming.get(30, TimeUnit.SECONDS);
		}

		// the assignment waited for the start and then saw the chief fixed
		assertThat(response.status()).as(response.body()).isEqualTo(409);
		assertThat(chief()).isEqualTo(accountId(chief));
	}

	@Test
	void theConsoleOffersTheReplacementOnlyAfterTheStartAndAsksForAReason() {
		String chief = judge(true);
		String other = judge(false);
		ConsoleClient console = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		String page = "/console/competitions/rounds/" + this.round;
		assertThat(console.get(page).body()).doesNotContain("id=\"replace-chief\"");
		assertThat(open().status()).isEqualTo(204);
		assertThat(console.get(page).body()).contains("id=\"replace-chief\"", "更换理由");

		ConsoleClient.Page noReason = console.post(page + "/chief", Map.of("username", other, "reason", ""));
		assertThat(console.get(local(noReason.location())).body()).contains("请填写更换裁判长的理由");
		assertThat(chief()).isEqualTo(accountId(chief));

		ConsoleClient.Page replaced = console.post(page + "/chief", Map.of("username", other, "reason", "裁判长出差"));
		assertThat(console.get(local(replaced.location())).body()).contains("已更换裁判长");
		assertThat(chief()).isEqualTo(accountId(other));
		assertThat(audits("更换裁判长 % → %，理由：裁判长出差：%")).isEqualTo(1);
	}

	private Response replace(String username, String reason) {
		return this.county.put("/api/v1/competitions/rounds/" + this.round + "/chief",
				body("username", username, "reason", reason));
	}

	private List<Long> judges() {
		return this.jdbc.sql("select account_id from competition.round_judge where round_id = :r")
			.param("r", this.round)
			.query(Long.class)
			.list();
	}

	private Response open() {
		return this.county.post("/api/v1/competitions/rounds/" + this.round + "/open", Map.of());
	}

	private Response assign(String username, boolean chief) {
		return this.county.post("/api/v1/competitions/rounds/" + this.round + "/judges",
				body("username", username, "chief", chief));
	}

	private String judge(boolean chief) {
		String username = this.world.account("JUDGE", null);
		assertThat(assign(username, chief).status()).isEqualTo(204);
		return username;
	}

	private long chief() {
		return this.jdbc.sql("select account_id from competition.round_judge where round_id = :r and chief")
			.param("r", this.round)
			.query(Long.class)
			.single();
	}

	private long audits(String summaryLike) {
		return this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'contest-round' and entity_id = :r and summary like :s""")
			.param("r", String.valueOf(this.round))
			.param("s", summaryLike)
			.query(Long.class)
			.single();
	}

	private long accountId(String username) {
		return AccountLinks.accountId(this.jdbc, username);
	}

	private static String local(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

}
