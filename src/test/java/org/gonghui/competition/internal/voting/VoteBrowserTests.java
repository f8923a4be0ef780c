package org.gonghui.competition.internal.voting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.competition.VotingRule;
import org.gonghui.org.OrgDirectory;
import org.gonghui.support.ApiClient;
import org.gonghui.support.Browser;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A voter on a phone: verifies with the one-time code shown in demo mode, votes, is told
 * the second vote of the day is refused; a member votes after signing in; the organiser
 * sees the tally and exports the log.
 */
@IntegrationTest
class VoteBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Ballots ballots;

	@Autowired
	OrgDirectory orgs;

	String base;

	long roundId;

	@BeforeEach
	void ballot() {
		this.base = "http://localhost:" + this.port;
		this.roundId = 2_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		this.ballots
			.open(new BallotSpec(5, this.roundId, "第三届调饮师技能大赛", "初赛", this.orgs.root().path(), VotingRule.oncePerDay(),
					Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(2)),
					List.of(new BallotSpec.Candidate(21, "001", "李调饮", "市南区茶饮门店店长，从业八年", null),
							new BallotSpec.Candidate(22, "002", "张咖啡", "咖啡师，曾获区级比赛二等奖", null))));
	}

	@Test
	void voterVerifiesWithTheCodeShownInDemoModeAndVotesOncePerDay() {
		Page page = browser.page(true);
		page.navigate(this.base + "/public/votes/" + this.roundId);
		assertThat(page.getByText("李调饮")).isVisible();

		page.getByLabel("手机号码").fill(Fixtures.mobile());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
		String code = page.locator("#demo-code").textContent().strip();
		page.getByLabel("短信验证码").fill(code);
		Browser.screenshot(page, "vote-code");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("投票给 李调饮")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("投票成功");
		Browser.screenshot(page, "vote-counted");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("投票给 张咖啡")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("您今天在本轮的投票次数已用完，请明天再来");
		assertThat(this.ballots.counts(this.roundId)).containsExactlyEntriesOf(java.util.Map.of(21L, 1L));
	}

	@Test
	void signedInMemberVotesWithoutACode() {
		ApiClient admin = new ApiClient(this.port).login("admin", "Admin12345");
		// short: the session table keeps the principal's name in 100 characters
		String username = "v" + System.nanoTime() % 1_000_000;
		ApiClient.Response created = admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "role", "WORKER"));
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
		Page page = browser.page(true);
		Browser.login(page, this.base, username, "Passw0rd!");
		page.waitForURL("**/portal**");

		page.navigate(this.base + "/public/votes/" + this.roundId);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("以会员身份投票")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("投票给 张咖啡")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("投票成功");
		assertThat(this.ballots.counts(this.roundId)).containsExactlyEntriesOf(java.util.Map.of(22L, 1L));
	}

	@Test
	void organiserSeesTheTallyAndExportsTheLog() {
		Page voter = browser.page(true);
		voter.navigate(this.base + "/public/votes/" + this.roundId);
		voter.getByLabel("手机号码").fill(Fixtures.mobile());
		voter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
		voter.getByLabel("短信验证码").fill(voter.locator("#demo-code").textContent().strip());
		voter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证")).click();
		voter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("投票给 张咖啡")).click();
		assertThat(voter.getByRole(AriaRole.STATUS)).containsText("投票成功");

		Page page = browser.page(false);
		Browser.login(page, this.base, "admin", "Admin12345");
		page.waitForURL("**/console**");
		page.navigate(this.base + "/console/competitions/votes/" + this.roundId);
		assertThat(page.locator("#total-votes")).hasText("1");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("张咖啡")).locator(".votes")).hasText("1");
		Browser.screenshot(page, "vote-console");
		Download download = page.waitForDownload(() -> page.getByText("导出投票日志（CSV）").click());

		assertThat(download.suggestedFilename()).isEqualTo("vote-log-" + this.roundId + ".csv");
	}

}
