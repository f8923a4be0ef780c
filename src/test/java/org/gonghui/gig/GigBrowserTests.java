package org.gonghui.gig;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.ApiClient;
import org.gonghui.support.Browser;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * The market as people use it: a worker on a phone finds and applies for a plumbing gig;
 * the employer sees the applicants ranked and makes an offer; staff see an unpaid report
 * and hide a post.
 */
@IntegrationTest
class GigBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	String base;

	GigTestMarket market;

	String employerName;

	ApiClient employer;

	@BeforeEach
	void market() {
		this.base = "http://localhost:" + this.port;
		this.market = new GigTestMarket(this.port);
		this.employerName = this.market.account("EMPLOYER", this.market.unionA, "招聘专员");
		this.employer = this.market.login(this.employerName);
	}

	@Test
	void workerOnAPhoneFindsAPlumbingGigAndApplies() {
		String title = "招聘水暖维修工" + System.nanoTime() % 100_000;
		this.market.publish(this.employer, this.market.post(title, "水暖工", "上门维修水管和暖气片"));
		String worker = this.market.account("WORKER", null, "赵小雨");
		Page page = browser.page(true);
		Browser.login(page, this.base, worker, "Passw0rd!");

		// first the profile, which applying needs
		page.navigate(this.base + "/portal/gig/profile");
		page.getByLabel("工种（多个用逗号分隔）").fill("水暖工，电工");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("求职登记已保存");

		page.navigate(this.base + "/public/gig");
		page.getByLabel("关键词").fill("水暖工");
		page.getByLabel("工种").fill("水暖工");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立即报名")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("报名成功");
		page.navigate(this.base + "/portal/gig/applications");
		assertThat(page.locator(".gig-application").filter(new Locator.FilterOptions().setHasText(title)))
			.containsText("已报名");
		Browser.screenshot(page, "gig-worker-applied");
	}

	@Test
	void employerSeesTheApplicantsRankedAndMakesAnOffer() {
		long post = this.market.publish(this.employer,
				this.market.post("小区水暖维修", "水暖工", "维修", "requiredLevel", "LEVEL_4"));
		ApiClient far = this.market.worker("远处的李师傅", "水暖工", "LEVEL_5", 12, "07:00", "18:00");
		ApiClient near = this.market.worker("附近的张师傅", "水暖工", "LEVEL_3", 1, "07:00", "18:00");
		far.post("/api/v1/gig/posts/" + post + "/applications", body());
		near.post("/api/v1/gig/posts/" + post + "/applications", body());
		Page page = browser.page(false);
		Browser.login(page, this.base, this.employerName, "Passw0rd!");

		page.navigate(this.base + "/employer/gig");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("小区水暖维修")).click();
		Locator candidates = page.locator(".gig-candidate");
		assertThat(candidates).hasCount(2);
		assertThat(candidates.first()).containsText("附近的张师傅");
		assertThat(candidates.nth(1)).containsText("远处的李师傅");
		candidates.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("发出录用邀请")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已发出录用邀请");
		assertThat(page.locator(".gig-candidate").first()).containsText("待答复录用");
		Browser.screenshot(page, "gig-employer-offered");
	}

	@Test
	void staffHideAPostFromTheConsole() {
		String title = "可疑岗位" + System.nanoTime() % 100_000;
		this.market.publish(this.employer, this.market.post(title, "搬运工", "日结"));
		String unpaidTitle = "欠薪岗位" + System.nanoTime() % 100_000;
		long worked = this.market.publish(this.employer,
				this.market.post(unpaidTitle, "搬运工", "日结", "workDate", this.market.today.toString()));
		ApiClient worker = this.market.worker("孙师傅", "搬运工", null, 1, "07:00", "18:00");
		long application = worker.post("/api/v1/gig/posts/" + worked + "/applications", body())
			.json()
			.get("id")
			.asLong();
		this.employer.post("/api/v1/gig/applications/" + application + "/offer", body());
		worker.post("/api/v1/gig/applications/" + application + "/accept", body());
		worker.post("/api/v1/gig/applications/" + application + "/unpaid", body("amountFen", 24000));
		// the administrator: a staff login with a short principal (sessions keep it in
		// 100 characters)
		Page page = browser.page(false);
		Browser.login(page, this.base, "admin", "Admin12345");

		page.navigate(this.base + "/console/gig");
		assertThat(page.locator("#gig-unpaid")).containsText(unpaidTitle);
		assertThat(page.locator("#gig-unpaid")).containsText("240.00");
		Locator row = page.locator("#gig-posts tr").filter(new Locator.FilterOptions().setHasText(title));
		row.locator("form[action*='/hide'] input[name=reason]").fill("信息不实");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("下架")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("岗位已下架");
		assertThat(page.locator("#gig-posts tr").filter(new Locator.FilterOptions().setHasText(title)))
			.containsText("已下架");
	}

}
