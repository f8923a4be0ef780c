package org.gonghui.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Browser;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A clerk uploads a roster with a bad row: nothing is imported and the report names the
 * row.
 */
@IntegrationTest
class ImportBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rosterWithABadRowImportsNothingAndReportsTheRowThenTheFixedFileImports() throws Exception {
		ApiClient admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION").json().get("items").get(0).get("id").asLong();
		String unionName = "导入测试公司工会" + System.nanoTime() % 100_000;
		Response union = admin.post("/api/v1/orgs",
				body("name", unionName, "type", "INDUSTRY_UNION", "parentId", root, "regionCode", "420000"));
		assertThat(union.status()).as(union.body()).isEqualTo(201);
		Response grassroots = admin.post("/api/v1/orgs",
				body("name", unionName + "基层", "type", "GRASSROOTS_UNION", "parentId", union.json().get("id").asLong(),
						"regionCode", "420602", "employerName", "导入测试公司", "creditCode", Fixtures.creditCode("420602"),
						"ownership", "NON_PUBLIC", "headcount", 50));
		assertThat(grassroots.status()).as(grassroots.body()).isEqualTo(201);
		String target = unionName + "基层";
		String good = "张三," + Fixtures.idNumber("420602") + "," + Fixtures.mobile() + "," + target + ",2024-03-01\n";
		String bad = "李四,42060219900101123," + Fixtures.mobile() + "," + target + ",2024-03-01\n";
		String header = "姓名,身份证号码,手机号（必填）,所属工会,入会日期\n";

		Page page = browser.page(false);
		Browser.login(page, "http://localhost:" + this.port, "admin", "Admin12345");
		page.navigate("http://localhost:" + this.port + "/console/members/imports");
		page.getByLabel("花名册文件")
			.setInputFiles(
					new FilePayload("花名册.csv", "text/csv", (header + good + bad).getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并导入")).click();

		assertThat(page.getByText("未导入任何数据"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("table td").first()).hasText("3");
		assertThat(page.getByText("身份证号")).not().hasCount(0);
		Browser.screenshot(page, "import-errors");
		assertThat(count(target)).isZero();
		Download report = page.waitForDownload(() -> page.getByText("下载错误报告").click());
		assertThat(Files.size(report.path())).isPositive();

		page.navigate("http://localhost:" + this.port + "/console/members/imports");
		page.getByLabel("花名册文件")
			.setInputFiles(new FilePayload("花名册.csv", "text/csv", (header + good).getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并导入")).click();
		assertThat(page.getByText("已成功导入 1 名会员"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(count(target)).isEqualTo(1);
	}

	private long count(String unionName) {
		Long orgId = this.jdbc.sql("select id from org.organisation where name = :name")
			.param("name", unionName)
			.query(Long.class)
			.single();
		return this.jdbc.sql("select count(*) from member.member where org_id = :org")
			.param("org", orgId)
			.query(Long.class)
			.single();
	}

}
