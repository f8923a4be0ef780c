package org.gonghui.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A small union tree for contest tests, built through the API: a city with two counties,
 * one grassroots union in each, members, and accounts.
 */
final class ContestWorld {

	final int port;

	final ApiClient admin;

	final long city;

	final long countyA;

	final long countyB;

	final long unionA;

	final long unionA2;

	final long unionB;

	ContestWorld(int port) {
		this.port = port;
		this.admin = new ApiClient(port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long suffix = System.nanoTime() % 1_000_000;
		long province = org(body("name", "竞赛测试省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		this.city = org(body("name", "竞赛测试市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province, "regionCode",
				"420600"));
		this.countyA = org(body("name", "竞赛甲区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420602"));
		this.countyB = org(body("name", "竞赛乙县总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420625"));
		this.unionA = union(this.countyA, "甲区人民医院工会" + suffix, "420602");
		this.unionA2 = union(this.countyA, "甲区中医院工会" + suffix, "420602");
		this.unionB = union(this.countyB, "乙县医院工会" + suffix, "420625");
	}

	long org(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long union(long parent, String name, String region) {
		return org(body("name", name, "type", "GRASSROOTS_UNION", "parentId", parent, "regionCode", region,
				"employerName", name.replace("工会", ""), "creditCode", Fixtures.creditCode(region), "ownership",
				"PUBLIC_INSTITUTION", "headcount", 300, "hasWorkersCongress", true));
	}

	/** A member with this occupation; returns {name, idNumber}. */
	String[] member(long orgId, String name, String occupation) {
		String region = orgId == this.unionB ? "420625" : "420602";
		String id = Fixtures.idNumber(region);
		Response response = this.admin.post("/api/v1/members", body("name", name, "idNumber", id, "phone",
				Fixtures.mobile(), "orgId", orgId, "occupation", occupation, "skillLevel", "LEVEL_3"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new String[] { name, id };
	}

	String account(String role, Long orgId) {
		String username = "c" + role.toLowerCase().charAt(0) + System.nanoTime();
		Response created = this.admin.post("/api/v1/accounts",
				orgId == null
						? body("username", username, "password", "Passw0rd1", "displayName", "测试" + role, "role", role)
						: body("username", username, "password", "Passw0rd1", "role", role, "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	/**
	 * A new worker account linked to the member (as 实名认证 leaves it); returns the
	 * username.
	 */
	String worker(MemberDirectory members, JdbcClient jdbc, String[] member) {
		String username = account("WORKER", null);
		AccountLinks.link(members, jdbc, username, members.findByIdNumber(member[1]).orElseThrow().id());
		return username;
	}

	ApiClient login(String username) {
		return new ApiClient(this.port).login(username, "Passw0rd1");
	}

	/** A contest organised by county A, signing up now, for nurses and physicians. */
	long contest(ApiClient staff, String prizes) {
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		String later = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
		Response response = staff.post("/api/v1/competitions",
				body("name", "心肺复苏技能竞赛" + System.nanoTime() % 1000, "organiserOrgId", this.countyA, "level", "COUNTY",
						"trade", "医务人员", "entryKind", "INDIVIDUAL", "signUpOpensOn", today, "signUpClosesOn", later,
						"contestDate", later, "eligibleTrades", "护士,内科医师", "prizes", prizes));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("contest").get("id").asLong();
	}

	/**
	 * A team contest organised by county A, signing up now, for nurses and physicians,
	 * teams of {@code min} to {@code max} members.
	 */
	long teamContest(ApiClient staff, String prizes, int min, int max) {
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		String later = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
		Response response = staff.post("/api/v1/competitions",
				body("name", "心肺复苏团体赛" + System.nanoTime() % 1000, "organiserOrgId", this.countyA, "level", "COUNTY",
						"trade", "医务人员", "entryKind", "TEAM", "teamMinMembers", min, "teamMaxMembers", max,
						"signUpOpensOn", today, "signUpClosesOn", later, "contestDate", later, "eligibleTrades",
						"护士,内科医师", "prizes", prizes));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("contest").get("id").asLong();
	}

	/** The teammates of a sign-up or nomination, as the API takes them. */
	static List<Map<String, Object>> teammates(String[]... members) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (String[] member : members) {
			list.add(body("name", member[0], "idNumber", member[1]));
		}
		return list;
	}

	long round(ApiClient staff, long contest, Map<String, Object> round) {
		Response response = staff.post("/api/v1/competitions/" + contest + "/rounds", round);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/** Nominates and accepts each member; returns entry ids in order. */
	List<Long> enter(ApiClient staff, long contest, List<String[]> members) {
		List<Long> ids = new ArrayList<>();
		for (String[] member : members) {
			Response nominated = staff.post("/api/v1/competitions/" + contest + "/nominations",
					body("name", member[0], "idNumber", member[1]));
			assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
			long id = nominated.json().get("id").asLong();
			Response accepted = staff.post("/api/v1/competitions/entries/" + id + "/accept", Map.of());
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
			ids.add(id);
		}
		return ids;
	}

}
