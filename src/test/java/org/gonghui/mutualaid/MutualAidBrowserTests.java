package org.gonghui.mutualaid;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.shared.BusinessTime;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Browser;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/** A worker files a claim on a phone; federation staff approve it and pay it. */
@IntegrationTest
class MutualAidBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	// a 1×1 PNG: the upload's first bytes must show an image
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	String base;

	ApiClient admin;

	String staff;

	String worker;

	String idNumber;

	String memberName;

	@BeforeEach
	void setUp() {
		this.base = "http://localhost:" + this.port;
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long suffix = System.nanoTime() % 1_000_000;
		long province = create(body("name", "互助浏览器省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		long city = create(body("name", "互助浏览器市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		long county = create(body("name", "互助浏览器区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", city,
				"regionCode", "420602"));
		long union = create(body("name", "互助浏览器机械厂工会" + suffix, "type", "GRASSROOTS_UNION", "parentId", county,
				"regionCode", "420602", "employerName", "互助浏览器机械厂" + suffix, "creditCode",
				Fixtures.creditCode("420602"), "ownership", "NON_PUBLIC", "headcount", 80));
		this.memberName = "刘师傅";
		this.idNumber = Fixtures.idNumber("420602");
		Response member = this.admin.post("/api/v1/members",
				body("name", this.memberName, "idNumber", this.idNumber, "phone", Fixtures.mobile(), "orgId", union));
		assertThat(member.status()).as(member.body()).isEqualTo(201);

		this.staff = "mastaff" + suffix;
		account(this.staff, "FEDERATION_STAFF", city);
		this.worker = "maworker" + suffix;
		account(this.worker, "WORKER", null);
		ApiClient staffApi = new ApiClient(this.port).login(this.staff, "Passw0rd1");
		long plan = staffApi
			.post("/api/v1/mutual-aid/plans", body("name", "住院医疗互助保障" + suffix, "kind", "INPATIENT_MEDICAL"))
			.json()
			.get("id")
			.asLong();
		int year = LocalDate.now(BusinessTime.ZONE).getYear();
		Response terms = staffApi.put("/api/v1/mutual-aid/plans/" + plan + "/terms/" + year,
				body("premium", "55", "deductible", "500", "payoutRatioPercent", "60", "yearlyCap", "10000",
						"exclusionDays", 0, "reducedPayoutUntilDay", 0));
		assertThat(terms.status()).as(terms.body()).isEqualTo(200);
		Response enrolled = staffApi.post("/api/v1/mutual-aid/enrolments",
				body("planId", plan, "year", year, "orgId", union));
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	void account(String username, String role, Long orgId) {
		Map<String, Object> account = body("username", username, "password", "Passw0rd1", "displayName", "测试" + role,
				"role", role);
		if (orgId != null) {
			account.put("orgId", orgId);
		}
		Response response = this.admin.post("/api/v1/accounts", account);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	/** The shared build machine is often saturated: allow slow pages rather than fail. */
	static Page patient(Page page) {
		page.setDefaultNavigationTimeout(60_000);
		page.setDefaultTimeout(30_000);
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		return page;
	}

	@Test
	void workerFilesAClaimOnAPhoneAndSeesTheComputedAmount() throws Exception {
		Page phone = patient(browser.page(true));
		Browser.login(phone, this.base, this.worker, "Passw0rd1");
		assertThat(phone).hasURL(this.base + "/portal");
		// not linked yet: the page sends the worker to 实名认证, and filing is refused
		phone.navigate(this.base + "/portal/mutual-aid");
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("去实名认证"))).hasAttribute("href",
				"/portal/identity?next=/portal/mutual-aid");
		assertThat(phone.getByLabel("身份证号")).hasCount(0);
		assertThat(phone.navigate(this.base + "/portal/mutual-aid/claims/new").status()).isEqualTo(403);
		AccountLinks.link(this.members, this.jdbc, this.worker,
				this.members.findByIdNumber(this.idNumber).orElseThrow().id());
		phone.navigate(this.base + "/portal/mutual-aid");
		assertThat(phone.getByText(this.memberName).first()).isVisible();

		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("申请理赔")).click();
		phone.getByLabel("事故/就诊日期").fill(LocalDate.now(BusinessTime.ZONE).toString());
		phone.getByLabel("诊断编码").fill("K80.0");
		phone.getByLabel("诊断", new Page.GetByLabelOptions().setExact(true)).fill("胆囊结石伴急性胆囊炎");
		phone.locator("#invoice-number-1").fill("FP0001");
		phone.locator("#invoice-amount-1").fill("15000");
		phone.locator("#invoice-self-paid-1").fill("12000");
		Path scan = Files.createTempFile("invoice", ".png");
		Files.write(scan, PNG);
		phone.getByLabel("材料类型").first().selectOption("INVOICE");
		phone.locator("#document-1").setInputFiles(scan);
		Browser.screenshot(phone, "mutual-aid-claim-form");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();

		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("理赔申请已提交");
		assertThat(phone.locator("#claim-status")).hasText("待审核");
		// (12,000 − 500) × 60 % = 6,900
		assertThat(phone.locator("#payable")).hasText("6900.00");
		assertThat(phone.locator("#computation")).containsText("按赔付比例 60% 计算");
		assertThat(phone.getByText("医疗发票：")).isVisible();
		Browser.screenshot(phone, "mutual-aid-claim-filed");

	}

	@Test
	void staffApproveTheComputedAmountOnTheConsole() throws Exception {
		workerFilesAClaimOnAPhoneAndSeesTheComputedAmount();
		Page phone = patient(browser.page(true));
		Page console = patient(browser.page(false));
		Browser.login(console, this.base, this.staff, "Passw0rd1");
		if (console.url().endsWith("/login")) {
			// a saturated machine has been seen to drop the first sign-in of a second
			// context
			Browser.login(console, this.base, this.staff, "Passw0rd1");
		}
		assertThat(console).hasURL(this.base + "/console");
		console.navigate(this.base + "/console/mutual-aid/claims");
		Browser.screenshot(console, "mutual-aid-console-claims");
		console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(this.memberName)).click();
		assertThat(console.locator("#computation")).containsText("超过免赔额部分");
		console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查看诊断")).click();
		assertThat(console.locator("#diagnosis")).containsText("胆囊结石伴急性胆囊炎");
		console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批准")).click();
		assertThat(console.getByRole(AriaRole.STATUS)).containsText("已批准，核定赔付 6,900.00 元");
		assertThat(console.locator("#payable")).hasText("6900.00");
		console.getByLabel("支付流水号").fill("BANK-20260001");
		console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记赔付")).click();
		assertThat(console.locator("#claim-status")).hasText("已赔付");
		Browser.screenshot(console, "mutual-aid-claim-paid");

	}

}
