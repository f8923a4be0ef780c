package org.gonghui.assistance;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.Browser;
import org.gonghui.support.IntegrationTest;
import org.gonghui.support.TestClock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The walk-through in a browser: a worker applies on a phone, the grassroots
 * officer verifies and puts the case on notice, the notice passes, the county approves.
 */
@IntegrationTest
class AssistanceBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	AssistanceTestTree tree;

	String base;

	@BeforeEach
	void tree() {
		this.base = "http://localhost:" + this.port;
		this.tree = new AssistanceTestTree(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aWorkerAppliesOnAPhoneTheOfficerVerifiesAndTheCountyApprovesAfterTheNotice() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "孙师傅", "420602");
		String worker = this.tree.account(null, "WORKER", "孙师傅");
		String officer = this.tree.account(this.tree.unionA, "UNION_OFFICER", "李干部");
		String county = this.tree.account(this.tree.countyA, "FEDERATION_STAFF", "王科长");

		Page phone = browser.page(true);
		Browser.login(phone, this.base, worker, "Passw0rd!");
		// not linked yet: the page sends the worker to 实名认证 instead of the form
		phone.navigate(this.base + "/portal/assistance/apply");
		assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("去实名认证"))).hasAttribute("href",
				"/portal/identity?next=/portal/assistance/apply");
		assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请"))).hasCount(0);
		AccountLinks.link(this.members, this.jdbc, worker, member.id());
		phone.reload();
		assertThat(phone.getByLabel("申请人（本人）")).hasValue("孙师傅");
		phone.getByLabel("家庭成员（每行一人：姓名 关系 健康状况，含本人）").fill("孙师傅 本人 尿毒症\n刘某 配偶\n孙某 子女");
		phone.getByLabel("家庭月收入（元）").fill("1500");
		phone.getByLabel("患病").check();
		phone.getByLabel("证明材料（PDF、JPG、PNG，单个不超过 5MB）")
			.setInputFiles(new FilePayload("诊断证明.png", "image/png",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 }));
		Browser.screenshot(phone, "assistance-portal-apply");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
		assertThat(phone.locator("#case-status")).hasText("待核实");
		assertThat(phone.locator("#proposed-category")).hasText("深度困难");
		assertThat(phone.getByText("已上传证明材料 1 份")).isVisible();
		Browser.screenshot(phone, "assistance-portal-case");

		Page console = browser.page(false);
		Browser.login(console, this.base, officer, "Passw0rd!");
		console.navigate(this.base + "/console/assistance/cases");
		console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("孙师傅")).click();
		console.getByLabel("入户走访核实情况").fill("入户走访：户主透析，配偶打零工");
		console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认核实")).click();
		assertThat(console.locator("#case-status")).hasText("已核实");
		console.getByLabel("公示天数").fill("3");
		console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始公示")).click();
		assertThat(console.locator("#case-status")).hasText("公示中");
		assertThat(console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批通过"))).hasCount(0);

		this.clock.advance(Duration.ofDays(4));
		Page countyPage = browser.page(false);
		Browser.login(countyPage, this.base, county, "Passw0rd!");
		countyPage.navigate(this.base + "/console/assistance/cases?status=IN_NOTICE");
		countyPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("孙师傅")).click();
		countyPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批通过")).click();
		assertThat(countyPage.getByRole(AriaRole.STATUS)).containsText("审批通过");
		assertThat(countyPage.locator("#case-status")).hasText("在档");
		assertThat(countyPage.locator("#timeline")).containsText("王科长");
		assertThat(countyPage.locator("#timeline")).containsText("李干部");
		Browser.screenshot(countyPage, "assistance-case-approved");

		phone.reload();
		assertThat(phone.locator("#case-status")).hasText("在档");
	}

	@Test
	void anEarlyApprovalIsRefusedWithTheNoticeEndDate() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "周师傅", "420602");
		var officerApi = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		String id = this.tree.apply(officerApi, member.id());
		officerApi.post("/api/v1/assistance/cases/" + id + "/verify",
				org.gonghui.support.ApiClient.body("homeVisitNotes", "已核实"));
		officerApi.post("/api/v1/assistance/cases/" + id + "/notice", org.gonghui.support.ApiClient.body("days", 5));
		String county = this.tree.account(this.tree.countyA, "FEDERATION_STAFF", "王科长");

		Page page = browser.page(false);
		Browser.login(page, this.base, county, "Passw0rd!");
		page.navigate(this.base + "/console/assistance/cases/" + id);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("审批通过")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("公示期满后方可审批");
		assertThat(page.locator("#case-status")).hasText("公示中");
	}

	@Test
	void anOfficerRecordsTheYearlyRecheckOnTheCasePage_keepInAnotherCategoryThenExit() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "吴师傅", "420602");
		var officerApi = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		var countyApi = this.tree.staff(this.tree.countyA, "FEDERATION_STAFF");
		String id = this.tree.apply(officerApi, member.id());
		String path = "/api/v1/assistance/cases/" + id;
		officerApi.post(path + "/verify", org.gonghui.support.ApiClient.body("homeVisitNotes", "已核实"));
		officerApi.post(path + "/notice", org.gonghui.support.ApiClient.body("days", 1));
		this.clock.advance(Duration.ofDays(2));
		org.assertj.core.api.Assertions
			.assertThat(countyApi.post(path + "/approve", org.gonghui.support.ApiClient.body()).status())
			.isEqualTo(200);
		String officer = this.tree.account(this.tree.unionA, "UNION_OFFICER", "复核干部");

		Page page = browser.page(false);
		Browser.login(page, this.base, officer, "Passw0rd!");
		page.navigate(this.base + "/console/assistance/cases/" + id);
		page.getByLabel("家庭月收入（元）").fill("3000");
		page.getByLabel("调整困难类别（须填写理由）").check();
		page.getByLabel("调整后类别").selectOption("ACCIDENT_INDUCED");
		page.getByLabel("调整理由").fill("户主再次手术，收入不稳定");
		Browser.screenshot(page, "assistance-recheck-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录复核结果")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("已记录复核结果");
		assertThat(page.locator("#case-status")).hasText("在档");
		assertThat(page.locator("#timeline")).containsText("年度复核");
		assertThat(page.locator("#timeline")).containsText("户主再次手术");

		page.getByLabel("解困脱困（须填写说明）").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录复核结果")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("复核脱困须填写说明");
		page.getByLabel("解困脱困（须填写说明）").check();
		page.locator("#recheck-note").fill("子女就业，家庭收入稳定");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("记录复核结果")).click();
		assertThat(page.locator("#case-status")).hasText("已脱困");
	}

}
