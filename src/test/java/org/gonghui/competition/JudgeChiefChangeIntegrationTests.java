package org.gonghui.competition;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * The chief judge may be replaced while the round is in setup (audited), and is fixed
 * once it has started: only the chief publishes, so swapping, demoting or newly naming a
 * chief is refused then, as unassigning the chief is.
 */
@IntegrationTest
class JudgeChiefChangeIntegrationTests {

	private static final String CHIEF_CHECKBOX = "name=\"chief\"";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ContestWorld world;

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
		this.world.enter(this.county, contest, List.of(this.world.member(this.world.unionA, "换长甲", "护士"),
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
		assertThat(console.get(local(refused.location())).body()).contains("本赛程已开始，裁判长负责发布成绩，不能更换");
		assertThat(chief()).isEqualTo(accountId(chief));
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
		return this.jdbc.sql("select id from account.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private static String local(String location) {
		return location.replaceFirst("^https?://[^/]+", "");
	}

}
