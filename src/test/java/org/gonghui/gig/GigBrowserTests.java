package org.gonghui.gig;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.support.ApiClient;
import org.gonghui.support.Browser;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
		// the results on a map too, a marker per post listed
		assertThat(page.locator("#gig-map")).isVisible();
		assertThat(page.locator("#gig-map .leaflet-marker-icon")).hasCount(page.locator("article.gig-post").count());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertThat(page.locator("#gig-map .leaflet-marker-icon")).hasCount(1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("立即报名")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("报名成功");
		page.navigate(this.base + "/portal/gig/applications");
		assertThat(page.locator(".gig-application").filter(new Locator.FilterOptions().setHasText(title)))
			.containsText("已报名");
		Browser.screenshot(page, "gig-worker-applied");
	}

	@Test
	void employerPicksThePlaceOnTheMapAndThePostKeepsItInWgs84() {
		String title = "地图选点岗位" + System.nanoTime() % 100_000;
		Page page = browser.page(true);
		Browser.login(page, this.base, this.employerName, "Passw0rd!");
		page.navigate(this.base + "/employer/gig");
		page.getByLabel("岗位名称").fill(title);
		page.locator("#trade").fill("搬运工");
		page.getByLabel("工作内容").fill("仓库装卸");
		page.getByLabel("报酬（元）").fill("250");
		page.getByLabel("详细地址").fill("襄阳测试仓库");
		// the numeric fields give way to the map
		assertThat(page.locator("#lat")).isHidden();
		Locator picker = page.locator("#gig-picker");
		assertThat(picker).isVisible();

		// click 120 px east of the centre: at zoom 14 on Web Mercator tiles that is
		// 120 × 360 / (256 × 2^14) degrees of longitude, on GCJ-02 tiles
		List<?> size = (List<?>) picker.evaluate("e => [e.clientWidth, e.clientHeight]");
		double width = ((Number) size.get(0)).doubleValue();
		double height = ((Number) size.get(1)).doubleValue();
		picker.click(new Locator.ClickOptions().setPosition(width / 2 + 120, height / 2));
		assertThat(page.locator("#gig-picked")).isVisible();
		GeoPoint centre = ChinaCoordinates.wgs84ToGcj02(GeoPoint.of(32.009, 112.122));
		GeoPoint clicked = GeoPoint.of(centre.lat(), centre.lon() + 120 * 360.0 / (256 * Math.pow(2, 14)));
		GeoPoint expected = ChinaCoordinates.gcj02ToWgs84(clicked);
		page.waitForFunction("() => document.getElementById('lon').value !== '112.122'");
		double lat = Double.parseDouble(page.locator("#lat").inputValue());
		double lon = Double.parseDouble(page.locator("#lon").inputValue());
		// a pixel is about 1e-4 degrees here; the GCJ-02 offset is 50 times that
		org.assertj.core.api.Assertions.assertThat(lat).isCloseTo(expected.lat(), within(2e-4));
		org.assertj.core.api.Assertions.assertThat(lon).isCloseTo(expected.lon(), within(2e-4));
		org.assertj.core.api.Assertions.assertThat(Math.abs(lon - clicked.lon())).isGreaterThan(2e-3);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发布").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		JsonNode mine = this.employer.get("/api/v1/gig/posts/mine").json();
		JsonNode post = null;
		for (JsonNode p : mine) {
			if (title.equals(p.get("title").asString())) {
				post = p;
			}
		}
		org.assertj.core.api.Assertions.assertThat(post).isNotNull();
		org.assertj.core.api.Assertions.assertThat(post.get("lat").asDouble()).isCloseTo(lat, within(1e-6));
		org.assertj.core.api.Assertions.assertThat(post.get("lon").asDouble()).isCloseTo(lon, within(1e-6));
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
