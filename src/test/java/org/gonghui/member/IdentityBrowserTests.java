package org.gonghui.member;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Browser;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/** A worker links their account to their member record on a phone (实名认证). */
@IntegrationTest
class IdentityBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void aWorkerEntersNameAndIdNumberThenTheCodeAndIsLinked() {
		ApiClient admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION").json().get("items").get(0).get("id").asLong();
		long suffix = System.nanoTime() % 1_000_000;
		long province = create(admin, body("name", "认证浏览器省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId",
				root, "regionCode", "420000"));
		long city = create(admin, body("name", "认证浏览器市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		long county = create(admin, body("name", "认证浏览器区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", city,
				"regionCode", "420602"));
		String unionName = "认证浏览器机械厂工会" + suffix;
		long union = create(admin,
				body("name", unionName, "type", "GRASSROOTS_UNION", "parentId", county, "regionCode", "420602",
						"employerName", "认证浏览器机械厂" + suffix, "creditCode", Fixtures.creditCode("420602"), "ownership",
						"NON_PUBLIC", "headcount", 80));
		String idNumber = Fixtures.idNumber("420602");
		Response member = admin.post("/api/v1/members",
				body("name", "覃师傅", "idNumber", idNumber, "phone", Fixtures.mobile(), "orgId", union));
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		String worker = "idbrowser" + suffix;
		Response account = admin.post("/api/v1/accounts",
				body("username", worker, "password", "Passw0rd1", "displayName", "覃师傅", "role", "WORKER"));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		String base = "http://localhost:" + this.port;

		Page phone = browser.page(true);
		phone.setDefaultNavigationTimeout(60_000);
		phone.setDefaultTimeout(30_000);
		Browser.login(phone, base, worker, "Passw0rd1");
		assertThat(phone).hasURL(base + "/portal");
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("实名认证")).click();
		assertThat(phone).hasURL(base + "/portal/identity");
		phone.getByLabel("姓名").fill("覃师傅");
		phone.getByLabel("身份证号").fill(idNumber);
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();

		assertThat(phone.locator(".flash.ok").first()).containsText("验证码已发送至名册登记的手机号");
		String code = phone.locator("#demo-code").textContent().strip();
		assertThat(code).matches("\\d{6}");
		Browser.screenshot(phone, "identity-code-sent");
		phone.getByLabel("验证码").fill(code);
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成认证")).click();

		assertThat(phone).hasURL(base + "/portal");
		assertThat(phone.locator(".flash.ok")).containsText("实名认证成功，您的账号已绑定会员 覃师傅");
		phone.navigate(base + "/portal/identity");
		assertThat(phone.locator("#identity-linked")).hasText("已实名认证");
		assertThat(phone.locator("#identity")).containsText(unionName);
		Browser.screenshot(phone, "identity-linked");
	}

	private static long create(ApiClient admin, Map<String, Object> org) {
		Response response = admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

}
