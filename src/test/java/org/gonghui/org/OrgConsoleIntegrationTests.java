package org.gonghui.org;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.ConsoleClient.Page;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * The union tree's console pages over HTTP with a signed-in session: moving an
 * organisation, and the organisation picker with and without JavaScript.
 */
@IntegrationTest
class OrgConsoleIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient admin;

	String token;

	long city;

	long countyA;

	long countyB;

	long union;

	String countyBName;

	@BeforeEach
	void tree() {
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		this.token = "选择器" + System.nanoTime() % 1_000_000;
		long province = create(body("name", this.token + "省总工会", "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		this.city = create(body("name", this.token + "市总工会", "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		this.countyA = create(body("name", this.token + "甲区总工会", "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420602"));
		this.countyBName = this.token + "乙县总工会";
		this.countyB = create(body("name", this.countyBName, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420625"));
		this.union = create(body("name", this.token + "机械厂工会", "type", "GRASSROOTS_UNION", "parentId", this.countyA,
				"regionCode", "420602", "employerName", this.token + "机械厂", "creditCode", Fixtures.creditCode("420602"),
				"ownership", "NON_PUBLIC", "headcount", 50));
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	ConsoleClient staff(long orgId) {
		String username = "staff" + System.nanoTime();
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd1", "role", "FEDERATION_STAFF", "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return ConsoleClient.signIn(this.port, username, "Passw0rd1");
	}

	long parentOf(long orgId) {
		return this.admin.get("/api/v1/orgs/" + orgId).json().get("parentId").asLong();
	}

	@Test
	void cityStaffMoveAUnionToAnotherCountyOnItsPage() {
		ConsoleClient console = staff(this.city);

		Page saved = console.post("/console/orgs/" + this.union, Map.of("parentId", String.valueOf(this.countyB)));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/console/orgs/" + this.union);
		assertThat(console.get("/console/orgs/" + this.union).body()).contains("已保存").contains(this.countyBName);
		assertThat(parentOf(this.union)).isEqualTo(this.countyB);
	}

	@Test
	void countyStaffCannotMoveAUnionOutOfTheirSubtree() {
		ConsoleClient console = staff(this.countyA);

		Page refused = console.post("/console/orgs/" + this.union, Map.of("parentId", String.valueOf(this.countyB)));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("上级组织不存在或不在您的数据权限范围内");
		assertThat(parentOf(this.union)).isEqualTo(this.countyA);
	}

	@Test
	void thePickerSuggestsOnlyOrganisationsInsideTheUsersScope() {
		ConsoleClient console = staff(this.countyA);

		Page options = console.get("/console/orgs/picker?field=parentId&type=&select=p&orgQuery="
				+ java.net.URLEncoder.encode(this.token, java.nio.charset.StandardCharsets.UTF_8));

		assertThat(options.status()).isEqualTo(200);
		assertThat(options.body()).contains("value=\"" + this.countyA + "\"")
			.contains("value=\"" + this.union + "\"")
			.doesNotContain("value=\"" + this.countyB + "\"")
			.doesNotContain("value=\"" + this.city + "\"");
	}

	@Test
	void withoutJavaScriptTheTypedNameIsTheChoiceWhenItNamesOneOrganisation() {
		ConsoleClient console = staff(this.city);

		Page saved = console.post("/console/orgs/" + this.union,
				Map.of("_orgPicker", "parentId:", "orgQuery", this.countyBName, "parentId", ""));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(parentOf(this.union)).isEqualTo(this.countyB);
	}

	@Test
	void withoutJavaScriptANameThatFitsSeveralOrganisationsMovesNothing() {
		ConsoleClient console = staff(this.city);

		Page refused = console.post("/console/orgs/" + this.union,
				Map.of("_orgPicker", "parentId:", "orgQuery", this.token, "parentId", ""));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("上级组织不存在或不在您的数据权限范围内");
		assertThat(parentOf(this.union)).isEqualTo(this.countyA);
	}

}
