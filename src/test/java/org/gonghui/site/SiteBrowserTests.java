package org.gonghui.site;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Geolocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.Browser;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A worker on a phone finds the nearest open station with water; staff see coverage. */
@IntegrationTest
class SiteBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	String base;

	SiteFixtures fx;

	@BeforeEach
	void setUp() {
		this.base = "http://localhost:" + this.port;
		this.fx = new SiteFixtures(this.port);
	}

	@Test
	void workerOnAPhoneFindsTheNearestOpenStationWithWater() {
		this.fx.site("最近但从不开放的驿站", this.fx.county, 60, "MON-SUN closed", List.of("DRINKING_WATER"));
		this.fx.site("近处无水驿站", this.fx.county, 120, "DAILY 24h", List.of("SEATS"));
		this.fx.site("环卫工人爱心驿站", this.fx.county, 450, "DAILY 24h", List.of("DRINKING_WATER", "MICROWAVE"));
		this.fx.site("远处有水驿站", this.fx.county, 3000, "DAILY 24h", List.of("DRINKING_WATER"));
		Page phone = browser.page(true);
		phone.context().grantPermissions(List.of("geolocation"));
		phone.context().setGeolocation(new Geolocation(this.fx.centreLat, this.fx.centreLon));

		phone.navigate(this.base + "/public/sites");
		phone.getByLabel("现在开放").check();
		phone.getByLabel("饮用水").check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("用我的位置")).click();

		assertThat(phone.getByText("已按所选位置由近到远排列")).isVisible();
		assertThat(phone.locator(".site-card").first().locator(".site-name")).hasText("环卫工人爱心驿站");
		assertThat(phone.locator(".site-card").first().locator(".distance")).hasText("450 米");
		assertThat(phone.getByText("最近但从不开放的驿站")).hasCount(0);
		assertThat(phone.getByText("近处无水驿站")).hasCount(0);
		Browser.screenshot(phone, "site-search-phone");

		phone.locator(".site-card").first().locator(".site-name").click();
		assertThat(phone.locator("h1")).hasText("环卫工人爱心驿站");
		assertThat(phone.getByText("开放中")).isVisible();
		assertThat(phone.getByText("每天 24小时开放")).isVisible();
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("高德地图导航"))).hasAttribute("href",
				java.util.regex.Pattern.compile("uri\\.amap\\.com/marker\\?position="));
		Browser.screenshot(phone, "site-detail-phone");
	}

	@Test
	void theListWorksFromAPlainFormWithoutLocation() {
		this.fx.site("区县筛选驿站", this.fx.county, 0, "DAILY 24h", List.of("DRINKING_WATER"));
		Page phone = browser.page(true);
		phone.navigate(this.base + "/public/sites?region=420602&facilities=DRINKING_WATER&lat=" + this.fx.centreLat
				+ "&lon=" + this.fx.centreLon);
		assertThat(phone.locator(".site-card").first().locator(".site-name")).hasText("区县筛选驿站");
		assertThat(phone.getByLabel("饮用水")).isChecked();
	}

	@Test
	void staffSeeWhichCountiesLackACulturalPalace() {
		this.fx.site("甲区工人文化宫", this.fx.county, 0, "TUE-SUN 09:00-21:00", List.of(), List.of("CULTURAL_PALACE"));
		String staff = this.fx.account("FEDERATION_STAFF", this.fx.city);
		Page page = browser.page(false);
		Browser.login(page, this.base, staff, "Passw0rd1");
		page.navigate(this.base + "/console/sites/coverage?region=420600");
		assertThat(page.locator("#coverage tbody tr")).hasCount(9);
		assertThat(page.locator("#coverage tbody tr")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("襄城区"))).not()
			.containsText("缺工人文化宫");
		assertThat(page.locator("#coverage tbody tr")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("保康县"))).containsText("缺工人文化宫");
		assertThat(page.locator(".chart canvas")).hasCount(1);
		Browser.screenshot(page, "site-coverage");

		page.navigate(this.base + "/console/sites");
		assertThat(page.getByText("共 1 个")).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("甲区工人文化宫")).click();
		page.getByLabel("联系电话").fill("0710-1234567");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已保存");
		assertThat(page.getByLabel("联系电话")).hasValue("0710-1234567");
	}

}
