package org.gonghui.assistance;

import java.util.List;
import java.util.Map;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A city with two counties, one union in each, staff for each, and a minimum living
 * standard of 700 yuan for the city, created through the API for assistance tests.
 */
final class AssistanceTestTree {

	final int port;

	final ApiClient admin;

	final long city;

	final long countyA;

	final long countyB;

	final long unionA;

	final long unionB;

	final String suffix = String.valueOf(System.nanoTime() % 1_000_000);

	AssistanceTestTree(int port) {
		this.port = port;
		this.admin = new ApiClient(port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long province = create(body("name", "帮扶测试省总工会" + this.suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		this.city = create(body("name", "帮扶测试市总工会" + this.suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		this.countyA = create(body("name", "甲区总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420602"));
		this.countyB = create(body("name", "乙县总工会" + this.suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420625"));
		this.unionA = union(this.countyA, "甲区机械厂工会" + this.suffix, "420602");
		this.unionB = union(this.countyB, "乙县物流公司工会" + this.suffix, "420625");
		Response standard = this.admin.post("/api/v1/assistance/standards",
				body("regionCode", "420600", "effectiveFrom", "2020-01-01", "perPersonPerMonth", "700"));
		assertThat(standard.status()).as(standard.body()).isEqualTo(201);
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long union(long parent, String name, String region) {
		return create(body("name", name, "type", "GRASSROOTS_UNION", "parentId", parent, "regionCode", region,
				"employerName", name.replace("工会", ""), "creditCode", Fixtures.creditCode(region), "ownership",
				"NON_PUBLIC", "headcount", 120));
	}

	/** A member of the union; returns id and ID number. */
	Member member(long unionId, String name, String region) {
		String idNumber = Fixtures.idNumber(region);
		Response response = this.admin.post("/api/v1/members",
				body("name", name, "idNumber", idNumber, "phone", Fixtures.mobile(), "orgId", unionId));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new Member(response.json().get("id").asLong(), name, idNumber);
	}

	ApiClient staff(long orgId, String role) {
		return new ApiClient(this.port).login(account(orgId, role, "测试" + role), "Passw0rd!");
	}

	/** A new account (password Passw0rd!); returns the username. */
	String account(@org.jspecify.annotations.Nullable Long orgId, String role, String displayName) {
		String username = "as" + role.charAt(0) + System.nanoTime() % 100_000_000;
		Map<String, Object> account = body("username", username, "password", "Passw0rd!", "displayName", displayName,
				"role", role);
		if (orgId != null) {
			account.put("orgId", orgId);
		}
		Response created = this.admin.post("/api/v1/accounts", account);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	/** An application on the member's behalf: 3 persons, 1,800 yuan, illness (deep). */
	String apply(ApiClient officer, long memberId) {
		Response response = officer.post("/api/v1/assistance/cases",
				body("memberId", memberId, "householdMembers",
						List.of(body("name", "户主", "relation", "本人", "health", "尿毒症透析"),
								body("name", "配偶", "relation", "配偶"), body("name", "孩子", "relation", "子女")),
						"monthlyIncome", "1800", "causes", List.of("ILLNESS")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	record Member(long id, String name, String idNumber) {
	}

}
