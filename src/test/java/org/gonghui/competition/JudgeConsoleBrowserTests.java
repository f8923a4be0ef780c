package org.gonghui.competition;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.Browser;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * Staff set up a round's judges on the console: the chief judge can be named and replaced
 * in setup; once the round has started the console no longer offers to name or unassign
 * the chief, only to replace them with a reason.
 */
@IntegrationTest
class JudgeConsoleBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChiefIsChosenInSetupAndFixedOnceTheRoundHasStarted() {
		String base = "http://localhost:" + this.port;
		ContestWorld world = new ContestWorld(this.port);
		String staff = world.account("FEDERATION_STAFF", world.countyA);
		ApiClient county = world.login(staff);
		long contest = world.contest(county, "一等奖,1");
		long round = world.round(county, contest,
				body("name", "决赛", "judgesWeight", 100, "criteria", "操作,100", "trimFromJudges", 0));
		world.enter(county, contest, List.<String[]>of(world.member(world.unionA, "裁长甲", "护士")));
		String first = world.account("JUDGE", null);
		String second = world.account("JUDGE", null);
		Page page = browser.page(false);
		Browser.login(page, base, staff, "Passw0rd1");
		page.navigate(base + "/console/competitions/rounds/" + round);

		assign(page, first, true, 1);
		assign(page, second, true, 2);

		// in setup the second replaced the first as chief
		assertThat(chiefRows(page)).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(chief(round)).isEqualTo(second);
		assertThat(chiefRows(page).getByRole(AriaRole.BUTTON)).hasCount(1);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始本赛程")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("赛程已开始");

		assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("裁判长"))).hasCount(0);
		assertThat(chiefRows(page).getByRole(AriaRole.BUTTON)).hasCount(0);
		Browser.screenshot(page, "competition-round-judges-started");
		// an ordinary judge can still be added, and the chief stays
		assign(page, world.account("JUDGE", null), false, 3);
		org.assertj.core.api.Assertions.assertThat(chief(round)).isEqualTo(second);

		// a chief who can no longer serve is replaced on the form offered now, with a
		// reason
		page.getByLabel("新裁判长账号").fill(first);
		page.getByLabel("更换理由").fill("原裁判长因病无法到场");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("更换裁判长")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已更换裁判长");
		org.assertj.core.api.Assertions.assertThat(chief(round)).isEqualTo(first);
	}

	/** Assigns on the form and waits for the page listing {@code judges} judges. */
	private static void assign(Page page, String username, boolean chief, int judges) {
		page.getByLabel("评委账号").fill(username);
		if (chief) {
			page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("裁判长")).check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("指派评委")).click();
		assertThat(page.locator("table").first().getByRole(AriaRole.ROW)).hasCount(1 + judges);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("评委已指派");
	}

	private static Locator chiefRows(Page page) {
		return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("裁判长"));
	}

	private String chief(long round) {
		return this.jdbc.sql("""
				select a.username from competition.round_judge j join account.account a on a.id = j.account_id
				where j.round_id = :r and j.chief""").param("r", round).query(String.class).single();
	}

}
