package org.gonghui.account;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.ConsoleClient.Page;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class AccountIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient admin;

	long countyA;

	long countyB;

	@BeforeEach
	void tree() {
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long province = create(
				body("name", "账号测试省总工会", "type", "PROVINCIAL_FEDERATION", "parentId", root, "regionCode", "420000"));
		long city = create(
				body("name", "账号测试市总工会", "type", "CITY_FEDERATION", "parentId", province, "regionCode", "420600"));
		this.countyA = create(
				body("name", "账号测试甲区总工会", "type", "COUNTY_FEDERATION", "parentId", city, "regionCode", "420602"));
		this.countyB = create(
				body("name", "账号测试乙县总工会", "type", "COUNTY_FEDERATION", "parentId", city, "regionCode", "420625"));
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	String account(ApiClient creator, String role, long orgId) {
		String username = "acct" + System.nanoTime();
		Response created = creator.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd1", "role", role, "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	String path(long orgId) {
		return this.jdbc.sql("select path::text from org.organisation where id = :id")
			.param("id", orgId)
			.query(String.class)
			.single();
	}

	@Test
	void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOne() {
		String username = account(this.admin, "FEDERATION_STAFF", this.countyA);
		ApiClient client = new ApiClient(this.port);
		for (int i = 0; i < 5; i++) {
			Response wrong = client.post("/api/v1/auth/token",
					body("username", username, "password", "wrong" + i + "pw"));
			assertThat(wrong.status()).isEqualTo(401);
		}

		Response right = client.post("/api/v1/auth/token", body("username", username, "password", "Passw0rd1"));

		assertThat(right.status()).isEqualTo(429);
		assertThat(right.json().get("detail").asString()).contains("锁定");
	}

	@Test
	void theLoginFormLocksForFifteenMinutesAfterFiveWrongPasswords() {
		String username = account(this.admin, "FEDERATION_STAFF", this.countyA);
		for (int i = 0; i < 5; i++) {
			assertThat(ConsoleClient.attemptSignIn(this.port, username, "wrong" + i + "pw").location())
				.endsWith("/login?error");
		}

		Page right = ConsoleClient.attemptSignIn(this.port, username, "Passw0rd1");

		assertThat(right.location()).endsWith("/login?locked");
		Duration lockedFor = this.jdbc.sql("""
				select extract(epoch from locked_until - now())::bigint from account.account where username = :u""")
			.param("u", username)
			.query((rs, row) -> Duration.ofSeconds(rs.getLong(1)))
			.single();
		assertThat(lockedFor).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
		this.jdbc.sql("update account.account set locked_until = now() - interval '1 second' where username = :u")
			.param("u", username)
			.update();
		assertThat(ConsoleClient.attemptSignIn(this.port, username, "Passw0rd1").location()).doesNotContain("/login");
	}

	@Test
	void failedSignInsAreAuditedUnderTheAccountsOrganisationAndUnknownNamesLeaveNoEntry() {
		String username = account(this.admin, "FEDERATION_STAFF", this.countyA);
		String unknown = "nosuch" + System.nanoTime();

		ConsoleClient.attemptSignIn(this.port, username, "wrong-password1");
		ConsoleClient.attemptSignIn(this.port, unknown, "wrong-password1");

		assertThat(this.jdbc.sql("""
				select org_path::text from audit.audit_event where action = 'LOGIN_FAILED' and actor_name = :u""")
			.param("u", username)
			.query(String.class)
			.list()).containsExactly(path(this.countyA));
		assertThat(this.jdbc.sql("select count(*) from audit.audit_event where actor_name = :u")
			.param("u", unknown)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorCreatesAccountsOnlyInsideTheirSubtree() {
		ApiClient countyAdmin = new ApiClient(this.port).login(account(this.admin, "ADMIN", this.countyA), "Passw0rd1");

		Response outside = countyAdmin.post("/api/v1/accounts", body("username", "outside" + System.nanoTime(),
				"password", "Passw0rd1", "role", "FEDERATION_STAFF", "orgId", this.countyB));

		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("orgId");
		account(countyAdmin, "FEDERATION_STAFF", this.countyA);
	}

	@Test
	void signInsAreAuditedUnderTheAccountsOrganisation() {
		String username = account(this.admin, "FEDERATION_STAFF", this.countyA);
		new ApiClient(this.port).login(username, "Passw0rd1");

		String auditedPath = this.jdbc.sql("""
				select org_path::text from audit.audit_event where action = 'LOGIN' and actor_name = :u""")
			.param("u", username)
			.query(String.class)
			.single();

		assertThat(auditedPath).isEqualTo(path(this.countyA));
	}

	@Test
	void accountsAndMembersFollowTheirOrganisationWhenItMoves() {
		long union = create(body("name", "账号测试搬迁厂工会", "type", "GRASSROOTS_UNION", "parentId", this.countyA,
				"regionCode", "420602", "employerName", "账号测试搬迁厂", "creditCode", Fixtures.creditCode("420602"),
				"ownership", "NON_PUBLIC", "headcount", 40));
		String officer = account(this.admin, "UNION_OFFICER", union);
		Response member = this.admin.post("/api/v1/members", body("name", "周六", "idNumber", Fixtures.idNumber("420602"),
				"phone", Fixtures.mobile(), "orgId", union));
		assertThat(member.status()).as(member.body()).isEqualTo(201);

		Response moved = this.admin.patch("/api/v1/orgs/" + union, body("parentId", this.countyB));

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		String newPath = path(this.countyB) + "." + union;
		assertThat(path(union)).isEqualTo(newPath);
		assertThat(this.jdbc.sql("select org_path::text from account.account where username = :u")
			.param("u", officer)
			.query(String.class)
			.single()).isEqualTo(newPath);
		assertThat(this.jdbc.sql("select org_path::text from member.member where id = :id")
			.param("id", member.json().get("id").asLong())
			.query(String.class)
			.single()).isEqualTo(newPath);
		ApiClient countyBStaff = new ApiClient(this.port).login(account(this.admin, "FEDERATION_STAFF", this.countyB),
				"Passw0rd1");
		assertThat(countyBStaff.get("/api/v1/members/" + member.json().get("id").asLong()).status()).isEqualTo(200);
	}

}
