package org.gonghui.audit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * The audit page shows a county's staff what happened in the county's subtree and nothing
 * from the county next door.
 */
@IntegrationTest
class AuditPageIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient admin;

	long countyA;

	long countyB;

	long unionA;

	long unionB;

	String suffix;

	@BeforeEach
	void tree() {
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		this.suffix = String.valueOf(System.nanoTime() % 1_000_000);
		long province = create(body("name", "审计测试省总工会" + this.suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		long city = create(body("name", "审计测试市总工会" + this.suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		this.countyA = create(body("name", "审计测试甲区总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId", city,
				"regionCode", "420602"));
		this.countyB = create(body("name", "审计测试乙县总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId", city,
				"regionCode", "420625"));
		this.unionA = union(this.countyA, "420602", "审计测试甲厂");
		this.unionB = union(this.countyB, "420625", "审计测试乙厂");
	}

	long union(long county, String region, String employer) {
		return create(body("name", employer + this.suffix + "工会", "type", "GRASSROOTS_UNION", "parentId", county,
				"regionCode", region, "employerName", employer + this.suffix, "creditCode", Fixtures.creditCode(region),
				"ownership", "NON_PUBLIC", "headcount", 30));
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	void member(String name, long union) {
		Response added = this.admin.post("/api/v1/members", body("name", name, "idNumber", Fixtures.idNumber("420602"),
				"phone", Fixtures.mobile(), "orgId", union));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
	}

	String account(String role, long orgId) {
		String username = "audit" + System.nanoTime();
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd1", "role", role, "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	@Test
	void countyStaffSeeChangesInTheirSubtreeAndNoneFromTheNextCounty() {
		member("甲县会员" + this.suffix, this.unionA);
		member("乙县会员" + this.suffix, this.unionB);
		ConsoleClient staff = ConsoleClient.signIn(this.port, account("FEDERATION_STAFF", this.countyA), "Passw0rd1");

		String page = staff.get("/console/audit?entityType=member").body();

		assertThat(page).contains("登记会员 甲县会员" + this.suffix).doesNotContain("乙县会员" + this.suffix);
	}

	@Test
	void countyStaffSeeSignInsOfTheirSubtreesAccountsOnly() {
		String officerA = account("UNION_OFFICER", this.unionA);
		String officerB = account("UNION_OFFICER", this.unionB);
		new ApiClient(this.port).login(officerA, "Passw0rd1");
		new ApiClient(this.port).login(officerB, "Passw0rd1");
		ConsoleClient.attemptSignIn(this.port, officerB, "wrong-password1");
		ConsoleClient.attemptSignIn(this.port, officerA, "wrong-password1");
		ConsoleClient staff = ConsoleClient.signIn(this.port, account("FEDERATION_STAFF", this.countyA), "Passw0rd1");

		String signIns = staff.get("/console/audit?action=LOGIN").body();
		String failures = staff.get("/console/audit?action=LOGIN_FAILED").body();

		assertThat(signIns).contains(officerA).doesNotContain(officerB);
		assertThat(failures).contains(officerA).doesNotContain(officerB);
	}

}
