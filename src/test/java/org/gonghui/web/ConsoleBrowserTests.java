package org.gonghui.web;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Browser;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/** A person at the console and the portal: sign in, the roster, joining online. */
@IntegrationTest
class ConsoleBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MemberDirectory members;

	String base;

	ApiClient admin;

	long county;

	long union;

	String unionName;

	String officer;

	@BeforeEach
	void tree() {
		this.base = "http://localhost:" + this.port;
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long suffix = System.nanoTime() % 100_000;
		this.county = create(body(
				"name", "浏览器测试区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", create(
						body("name", "浏览器测试市总工会" + suffix, "type", "CITY_FEDERATION", "parentId",
								create(body("name", "浏览器测试省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId",
										root, "regionCode", "420000")),
								"regionCode", "420600")),
				"regionCode", "420602"));
		this.unionName = "汉江测试机械厂工会" + suffix;
		this.union = create(body("name", this.unionName, "type", "GRASSROOTS_UNION", "parentId", this.county,
				"regionCode", "420602", "employerName", "汉江测试机械厂", "creditCode", Fixtures.creditCode("420602"),
				"ownership", "NON_PUBLIC", "headcount", 300));
		this.officer = "officer" + suffix;
		Response account = this.admin.post("/api/v1/accounts", body("username", this.officer, "password", "Passw0rd1",
				"displayName", "测试干部", "role", "UNION_OFFICER", "orgId", this.union));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	@Test
	void wrongPasswordIsRefusedInChineseAndRightOneOpensTheConsole() {
		Page page = browser.page(false);
		Browser.login(page, this.base, this.officer, "wrong-password1");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("用户名或密码错误");

		Browser.login(page, this.base, this.officer, "Passw0rd1");
		assertThat(page).hasURL(this.base + "/console");
		assertThat(page.locator("h1")).containsText(this.unionName);
		assertThat(page.locator(".chart canvas")).hasCount(1);
		Browser.screenshot(page, "console-dashboard");
	}

	@Test
	void memberListFiltersByNamePrefixAndOpensTheMaskedDetail() {
		for (String name : new String[] { "王建国", "王小红", "李明" }) {
			Response added = this.admin.post("/api/v1/members", body("name", name, "idNumber",
					Fixtures.idNumber("420602"), "phone", Fixtures.mobile(), "orgId", this.union));
			assertThat(added.status()).as(added.body()).isEqualTo(201);
		}
		Page page = browser.page(false);
		Browser.login(page, this.base, this.officer, "Passw0rd1");
		page.navigate(this.base + "/console/members");
		assertThat(page.getByText("共 3 人")).isVisible();

		page.getByLabel("姓名").fill("王");
		assertThat(page.getByText("共 2 人")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("李明"))).hasCount(0);
		Browser.screenshot(page, "member-list");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("王建国")).click();
		assertThat(page.locator("#id-number")).containsText("***********");
		page.getByText("显示完整号码").click();
		assertThat(page.locator("#id-number")).not().containsText("*");
	}

	@Test
	void workerJoinsOnlineOnAPhoneAndTheOfficerApproves() {
		Page phone = browser.page(true);
		String worker = "worker" + System.nanoTime() % 1_000_000;
		phone.navigate(this.base + "/portal/register");
		phone.getByLabel("姓名").fill("赵师傅");
		phone.getByLabel("用户名").fill(worker);
		phone.getByLabel("密码").fill("Worker123");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("注册")).click();
		assertThat(phone.getByText("注册成功")).isVisible();
		Browser.login(phone, this.base, worker, "Worker123");
		assertThat(phone).hasURL(this.base + "/portal");

		phone.navigate(this.base + "/portal/join");
		phone.getByPlaceholder("输入单位或工会名称查找").fill(this.unionName);
		phone.getByLabel("基层工会", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(this.unionName));
		phone.getByLabel("姓名").fill("赵师傅");
		String idNumber = Fixtures.idNumber("420602");
		phone.getByLabel("身份证号").fill(idNumber);
		phone.getByLabel("手机号").fill(Fixtures.mobile());
		phone.getByLabel("职业").fill("网约配送员");
		Browser.screenshot(phone, "portal-join");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
		assertThat(phone.getByText("待审核")).isVisible();

		Page console = browser.page(false);
		Browser.login(console, this.base, this.officer, "Passw0rd1");
		console.navigate(this.base + "/console/join-applications");
		assertThat(console.getByText("赵师傅")).isVisible();
		console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批准入会")).click();
		assertThat(console.getByRole(AriaRole.STATUS)).containsText("已批准入会：赵师傅");

		phone.reload();
		assertThat(phone.getByText("已批准")).isVisible();
		assertThat(phone.getByText("您已成为该工会会员")).isVisible();
	}

	@Test
	void officerTransfersAMemberToAUnionPickedByName() {
		long suffix = System.nanoTime() % 100_000;
		String receivingName = "汉江测试纺织厂工会" + suffix;
		long receiving = create(body("name", receivingName, "type", "GRASSROOTS_UNION", "parentId", this.county,
				"regionCode", "420602", "employerName", "汉江测试纺织厂" + suffix, "creditCode", Fixtures.creditCode("420602"),
				"ownership", "NON_PUBLIC", "headcount", 120));
		Response member = this.admin.post("/api/v1/members", body("name", "孙志强", "idNumber",
				Fixtures.idNumber("420602"), "phone", Fixtures.mobile(), "orgId", this.union));
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		Page page = browser.page(false);
		Browser.login(page, this.base, this.officer, "Passw0rd1");
		page.navigate(this.base + "/console/members/" + member.json().get("id").asLong());

		page.getByLabel("转入基层工会").fill("纺织厂工会" + suffix);
		page.locator("#transfer-org-options").selectOption(new SelectOption().setLabel(receivingName));
		page.getByLabel("接转原因").fill("工作调动");
		Browser.screenshot(page, "member-transfer-picker");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办理接转")).click();

		// the receiving union lies outside the officer's own union: back to their roster
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("会员关系接转已办理");
		assertThat(page).hasURL(this.base + "/console/members");
		assertThat(this.admin.get("/api/v1/members/" + member.json().get("id").asLong()).json().get("orgId").asLong())
			.isEqualTo(receiving);
	}

	@Test
	void officerUnlinksAWorkersAccountWithAReasonAndOnlyALiftedBlockLetsItLinkAgain() {
		String idNumber = Fixtures.idNumber("420602");
		Response member = this.admin.post("/api/v1/members",
				body("name", "钱晓燕", "idNumber", idNumber, "phone", Fixtures.mobile(), "orgId", this.union));
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		String worker = "wk" + System.nanoTime() % 1_000_000;
		Response account = this.admin.post("/api/v1/accounts",
				body("username", worker, "password", "Worker123", "displayName", "钱晓燕", "role", "WORKER"));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		Page phone = browser.page(true);
		Browser.login(phone, this.base, worker, "Worker123");
		long memberId = member.json().get("id").asLong();
		long accountId = account.json().get("id").asLong();
		// linked as 实名认证 links it
		assertThat(this.members.link(accountId, memberId)).isTrue();
		showsTheLinkedMember(phone);

		Page page = browser.page(false);
		Browser.login(page, this.base, this.officer, "Passw0rd1");
		page.navigate(this.base + "/console/members/" + member.json().get("id").asLong());
		assertThat(page.locator("#linked-username")).hasText(worker);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("解除绑定")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("请填写解除绑定的原因");
		assertThat(page.locator("#linked-username")).hasText(worker);

		page.getByLabel("解除绑定原因").fill("非本人核验，职工本人来电反映");
		Browser.screenshot(page, "member-account-unlink");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("解除绑定")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已解除账号 " + worker);
		assertThat(page.locator("#member-account")).containsText("尚未绑定");

		// the unlinked account is sent to 实名认证 and cannot link the same member again
		phone.navigate(this.base + "/portal/mutual-aid");
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("去实名认证"))).isVisible();
		assertThat(this.members.link(accountId, memberId)).isFalse();
		page.reload();
		assertThat(page.locator("#member-account")).containsText("尚未绑定");

		// once staff lift the block (with a reason, audited), the worker links again
		Response lifted = this.admin.delete("/api/v1/members/" + memberId + "/account/blocks/" + accountId,
				body("reason", "经核实确为本人"));
		assertThat(lifted.status()).as(lifted.body()).isEqualTo(204);
		assertThat(this.members.link(accountId, memberId)).isTrue();
		showsTheLinkedMember(phone);
		page.reload();
		assertThat(page.locator("#linked-username")).hasText(worker);
	}

	private void showsTheLinkedMember(Page phone) {
		phone.navigate(this.base + "/portal/mutual-aid");
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("我的保障"))).isVisible();
	}

	@Test
	void administratorCreatesAnOfficerForAUnionAndSeesItListed() {
		Page page = browser.page(false);
		Browser.login(page, this.base, "admin", "Admin12345");
		page.navigate(this.base + "/console/accounts");
		String username = "newofficer" + System.nanoTime() % 1_000_000;
		page.getByLabel("用户名").fill(username);
		page.getByLabel("姓名").fill("新任干部");
		page.getByLabel("初始密码").fill("Passw0rd1");
		page.getByLabel("角色").selectOption("UNION_OFFICER");
		page.getByLabel("所属组织").fill(this.unionName);
		page.getByLabel("候选组织").selectOption(new SelectOption().setLabel(this.unionName));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新建")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已新建账号：" + username);
		assertThat(page.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(username)))
			.containsText(this.unionName);
		Browser.screenshot(page, "accounts");
	}

}
