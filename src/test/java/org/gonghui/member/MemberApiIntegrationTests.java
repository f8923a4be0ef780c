package org.gonghui.member;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class MemberApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	ApiClient admin;

	long city;

	long countyA;

	long countyB;

	long unionA;

	long unionB;

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
				body("name", "测试省总工会", "type", "PROVINCIAL_FEDERATION", "parentId", root, "regionCode", "420000"));
		this.city = create(
				body("name", "测试市总工会", "type", "CITY_FEDERATION", "parentId", province, "regionCode", "420600"));
		this.countyA = create(
				body("name", "甲区总工会", "type", "COUNTY_FEDERATION", "parentId", this.city, "regionCode", "420602"));
		this.countyB = create(
				body("name", "乙县总工会", "type", "COUNTY_FEDERATION", "parentId", this.city, "regionCode", "420625"));
		this.unionA = createUnion(this.countyA, "甲区机械厂工会", "420602");
		this.unionB = createUnion(this.countyB, "乙县物流公司工会", "420625");
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long createUnion(long parent, String name, String region) {
		return create(body("name", name, "type", "GRASSROOTS_UNION", "parentId", parent, "regionCode", region,
				"employerName", name.replace("工会", ""), "creditCode", Fixtures.creditCode(region), "ownership",
				"NON_PUBLIC", "headcount", 120, "hasWorkersCongress", true));
	}

	Response addMember(ApiClient client, long orgId, String idNumber) {
		return client.post("/api/v1/members", body("name", "王小明", "idNumber", idNumber, "phone", Fixtures.mobile(),
				"orgId", orgId, "occupation", "电工", "skillLevel", "LEVEL_4"));
	}

	/**
	 * V3_8: every link made before 实名认证 by code was made by name and ID number alone, so
	 * it is removed (the worker links again by code) and each removal is audited under
	 * the member's union. Run again in a transaction rolled back: the database is shared.
	 */
	@Test
	void linksMadeByNameAndIdNumberAloneAreRemovedAndAudited(@Autowired PlatformTransactionManager transactions,
			@Autowired JdbcTemplate jdbcTemplate) throws Exception {
		long memberId = addMember(this.admin, this.unionA, Fixtures.idNumber("420602")).json().get("id").asLong();
		String username = "w" + System.nanoTime();
		Response account = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "role", "WORKER"));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		long accountId = account.json().get("id").asLong();
		assertThat(this.members.link(accountId, memberId)).isTrue();
		String migration = new ClassPathResource("db/migration/V3_8__name_and_id_links_removed.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		new TransactionTemplate(transactions).executeWithoutResult((status) -> {
			jdbcTemplate.execute(migration);
			assertThat(this.members.linkedTo(accountId)).isEmpty();
			assertThat(this.jdbc.sql("select count(*) from member.member_account").query(Long.class).single()).isZero();
			assertThat(this.jdbc.sql("""
					select summary from audit.audit_event
					 where actor_name = 'system' and action = 'DELETE' and entity_type = 'member-account'
					   and entity_id = :m and org_path = (select org_path from member.member where id = :id)""")
				.param("m", Long.toString(memberId))
				.param("id", memberId)
				.query(String.class)
				.list()).singleElement()
				.satisfies((summary) -> assertThat(summary).contains("#" + accountId, "王小明", "仅凭姓名和身份证号", "实名认证"));
			status.setRollbackOnly();
		});
		assertThat(this.members.linkedTo(accountId)).map(MemberSummary::id).contains(memberId);
	}

	/**
	 * V7_3: on a database where V6_4 and V7_2 ran after V3_8 (they were pending when it
	 * came, and versions apply in order), the name-and-ID links they copied in are
	 * removed too; where V3_8 ran after V7_2, nothing is. The history is rearranged in a
	 * transaction rolled back (the test database applied them in order).
	 */
	@Test
	void linksCopiedInAfterV38AreRemovedOnlyWhereV38RanFirst(@Autowired PlatformTransactionManager transactions,
			@Autowired JdbcTemplate jdbcTemplate) throws Exception {
		long memberId = addMember(this.admin, this.unionA, Fixtures.idNumber("420602")).json().get("id").asLong();
		Response account = this.admin.post("/api/v1/accounts",
				body("username", "w" + System.nanoTime(), "password", "Passw0rd!", "role", "WORKER"));
		assertThat(account.status()).as(account.body()).isEqualTo(201);
		long accountId = account.json().get("id").asLong();
		assertThat(this.members.link(accountId, memberId)).isTrue();
		String migration = new ClassPathResource("db/migration/V7_3__name_and_id_links_copied_after_v3_8_removed.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		// V3_8 after V7_2 (an existing database, V3_8 applied out of order): the link
		// stays
		rolledBack.executeWithoutResult((status) -> {
			jdbcTemplate.execute("update flyway_schema_history set installed_rank = "
					+ "(select max(installed_rank) + 1000 from flyway_schema_history) where version = '3.8'");
			jdbcTemplate.execute("update flyway_schema_history set installed_on = now() where version = '7.2'");
			jdbcTemplate.execute(migration);
			assertThat(this.members.linkedTo(accountId)).isPresent();
			status.setRollbackOnly();
		});
		// V3_8 first, then V7_2 (which copied this link in), as on a new database:
		// removed
		// and audited
		rolledBack.executeWithoutResult((status) -> {
			jdbcTemplate.execute("update flyway_schema_history set installed_on = now() where version = '7.2'");
			jdbcTemplate.execute(migration);
			assertThat(this.members.linkedTo(accountId)).isEmpty();
			assertThat(this.jdbc.sql("""
					select count(*) from audit.audit_event
					 where actor_name = 'system' and action = 'DELETE' and entity_type = 'member-account'
					   and entity_id = :m and summary like '%仅凭姓名和身份证号%'""")
				.param("m", Long.toString(memberId))
				.query(Long.class)
				.single()).isOne();
			status.setRollbackOnly();
		});
		assertThat(this.members.linkedTo(accountId)).map(MemberSummary::id).contains(memberId);
	}

	ApiClient staffOf(long orgId, String role) {
		String username = "staff" + System.nanoTime();
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "role", role, "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new ApiClient(this.port).login(username, "Passw0rd!");
	}

	@Test
	void registersMemberWithMaskedIdNumberAndDerivedBirthDate() {
		String id = Fixtures.idNumber("420602");
		Response response = addMember(this.admin, this.unionA, id);

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("idNumber").asString())
			.isEqualTo(id.substring(0, 3) + "***********" + id.substring(14));
		assertThat(response.json().get("birthDate").asString())
			.isEqualTo(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
		assertThat(response.json().get("employer").asString()).isEqualTo("甲区机械厂");
		byte[] stored = this.jdbc.sql("select id_number_cipher from member.member where id = :id")
			.param("id", response.json().get("id").asLong())
			.query((rs, row) -> rs.getBytes(1))
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(id.substring(6, 14));
	}

	@Test
	void refusesSecondRegistrationOfTheSameIdNumberNamingTheUnion() {
		String id = Fixtures.idNumber("420602");
		assertThat(addMember(this.admin, this.unionA, id).status()).isEqualTo(201);

		Response second = addMember(this.admin, this.unionB, id.toLowerCase());

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.json().get("detail").asString()).contains("甲区机械厂工会").contains(id.substring(0, 3) + "***");
	}

	@Test
	void refusesInvalidIdNumberWithChineseFieldError() {
		Response response = addMember(this.admin, this.unionA, "11010519491231002Y");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("身份证号");
		assertThat(this.jdbc.sql("select count(*) from member.member where org_id = :org")
			.param("org", this.unionA)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void countyStaffSeeOnlyTheirSubtreeAndGet404Outside() {
		Response inA = addMember(this.admin, this.unionA, Fixtures.idNumber("420602"));
		Response inB = addMember(this.admin, this.unionB, Fixtures.idNumber("420625"));
		ApiClient countyStaff = staffOf(this.countyA, "FEDERATION_STAFF");

		assertThat(countyStaff.get("/api/v1/members/" + inA.json().get("id").asLong()).status()).isEqualTo(200);
		assertThat(countyStaff.get("/api/v1/members/" + inB.json().get("id").asLong()).status()).isEqualTo(404);
		assertThat(countyStaff.get("/api/v1/orgs/" + this.unionB).status()).isEqualTo(404);
		assertThat(countyStaff.get("/api/v1/members?orgId=" + this.unionB).status()).isEqualTo(404);
		Response list = countyStaff.get("/api/v1/members?size=200");
		assertThat(list.json().get("items").valueStream().map(m -> m.get("orgId").asLong())).containsOnly(this.unionA);
		assertThat(addMember(countyStaff, this.unionB, Fixtures.idNumber("420625")).status()).isEqualTo(422);
	}

	@Test
	void revealsFullIdNumberOnlyOnRequestAndAuditsTheRead() {
		String id = Fixtures.idNumber("420602");
		long memberId = addMember(this.admin, this.unionA, id).json().get("id").asLong();

		Response revealed = this.admin.get("/api/v1/members/" + memberId + "?reveal=true");

		assertThat(revealed.json().get("idNumber").asString()).isEqualTo(id);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and entity_type = 'member' and entity_id = :id""")
			.param("id", String.valueOf(memberId))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void retriedPostWithSameIdempotencyKeyCreatesOneMember() {
		Map<String, Object> member = body("name", "李四", "idNumber", Fixtures.idNumber("420602"), "phone",
				Fixtures.mobile(), "orgId", this.unionA);
		Map<String, String> key = Map.of("Idempotency-Key", "retry-" + System.nanoTime());

		Response first = this.admin.post("/api/v1/members", member, key);
		Response second = this.admin.post("/api/v1/members", member, key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(this.jdbc.sql("select count(*) from member.member where org_id = :org")
			.param("org", this.unionA)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void transfersMemberKeepingHistoryAndCounts() {
		long memberId = addMember(this.admin, this.unionA, Fixtures.idNumber("420602")).json().get("id").asLong();

		Response moved = this.admin.patch("/api/v1/members/" + memberId, body("orgId", this.unionB, "note", "工作调动"));

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("orgId").asLong()).isEqualTo(this.unionB);
		assertThat(this.jdbc.sql("select kind from member.membership_event where member_id = :id order by id")
			.param("id", memberId)
			.query(String.class)
			.list()).containsExactly("JOINED", "TRANSFERRED");
		assertThat(this.admin.get("/api/v1/orgs/" + this.countyB + "/indicators").json().get("members").asLong())
			.isEqualTo(1);
		assertThat(this.admin.get("/api/v1/orgs/" + this.countyA + "/indicators").json().get("members").asLong())
			.isZero();
	}

	@Test
	void listsBySubtreeAndNamePrefixWithPaging() {
		for (int i = 0; i < 3; i++) {
			addMember(this.admin, this.unionA, Fixtures.idNumber("420602"));
		}
		this.admin.post("/api/v1/members", body("name", "张三", "idNumber", Fixtures.idNumber("420602"), "phone",
				Fixtures.mobile(), "orgId", this.unionA));

		Response page = this.admin.get("/api/v1/members?orgId=" + this.countyA + "&name=王&page=0&size=2");

		assertThat(page.json().get("total").asLong()).isEqualTo(3);
		assertThat(page.json().get("items").size()).isEqualTo(2);
		assertThat(page.json().get("size").asInt()).isEqualTo(2);
	}

	@Test
	void rostersAtCityCountyAndUnionLevelHoldTheSameMembersInNameOrder() {
		long cityUnion = createUnion(this.city, "测试市直单位工会", "420600");
		long workshop = createUnion(this.countyA, "甲区纺织厂工会", "420602");
		for (var member : List.of(List.of(this.unionA, "王甲"), List.of(this.unionB, "王乙"), List.of(cityUnion, "王丙"),
				List.of(workshop, "王丁"), List.of(this.unionA, "李戊"))) {
			Response created = this.admin.post("/api/v1/members", body("name", member.get(1), "idNumber",
					Fixtures.idNumber("420602"), "phone", Fixtures.mobile(), "orgId", member.get(0)));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
		}

		// a city is wider than a county, a county is one scope key, a union lies below it
		assertThat(names("orgId=" + this.city + "&name=王")).containsExactly("王丁", "王丙", "王乙", "王甲");
		assertThat(names("orgId=" + this.city)).containsExactly("李戊", "王丁", "王丙", "王乙", "王甲");
		assertThat(names("orgId=" + this.countyA + "&name=王")).containsExactly("王丁", "王甲");
		assertThat(names("orgId=" + this.unionA)).containsExactly("李戊", "王甲");
		Response secondPage = this.admin.get("/api/v1/members?orgId=" + this.city + "&name=王&page=1&size=3");
		assertThat(secondPage.json().get("total").asLong()).isEqualTo(4);
		assertThat(secondPage.json().get("items").get(0).get("name").asText()).isEqualTo("王甲");
	}

	List<String> names(String query) {
		Response page = this.admin.get("/api/v1/members?" + query + "&size=50");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		List<String> names = new java.util.ArrayList<>();
		page.json().get("items").forEach(item -> names.add(item.get("name").asText()));
		assertThat(page.json().get("total").asLong()).isEqualTo(names.size());
		return names;
	}

	@Test
	void unauthenticatedApiCallGets401ProblemDetail() {
		Response response = new ApiClient(this.port).get("/api/v1/members");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	/** A worker account linked to the member with this ID number, as 实名认证 links it. */
	ConsoleClient workerProving(String username, String name, String idNumber) {
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "displayName", name, "role", "WORKER"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ConsoleClient worker = ConsoleClient.signIn(this.port, username, "Passw0rd!");
		assertThat(link(username, idNumber)).isTrue();
		return worker;
	}

	/** Links the account to the member with this ID number; false when refused. */
	boolean link(String username, String idNumber) {
		return this.members.link(AccountLinks.accountId(this.jdbc, username),
				this.members.findByIdNumber(idNumber).orElseThrow().id());
	}

	@Test
	void staffOfTheSubtreeSeeTheLinkedAccountAndUnlinkItWithAReasonAfterWhichOnlyAnotherAccountLinksAgain() {
		String idNumber = Fixtures.idNumber("420602");
		long member = addMember(this.admin, this.unionA, idNumber).json().get("id").asLong();
		String username = "wk" + System.nanoTime() % 100_000_000;
		ConsoleClient worker = workerProving(username, "王小明", idNumber);
		ApiClient countyStaff = staffOf(this.countyA, "FEDERATION_STAFF");
		String account = "/api/v1/members/" + member + "/account";

		Response linked = countyStaff.get(account);
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(linked.json().get("linked").asBoolean()).isTrue();
		assertThat(linked.json().get("username").asString()).isEqualTo(username);

		Response withoutReason = countyStaff.delete(account, body("reason", "  "));
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.contentType()).startsWith("application/problem+json");
		assertThat(withoutReason.json().get("detail").asString()).isEqualTo("请填写解除绑定的原因");
		assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(countyStaff.delete(account).status()).isEqualTo(400);
		assertThat(countyStaff.get(account).json().get("linked").asBoolean()).isTrue();

		assertThat(countyStaff.delete(account, body("reason", "职工更换手机后重新注册账号")).status()).isEqualTo(204);
		assertThat(countyStaff.get(account).json().get("linked").asBoolean()).isFalse();
		assertThat(countyStaff.delete(account, body("reason", "再次解除")).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("""
				select summary from audit.audit_event
				where entity_type = 'member-account' and action = 'DELETE' and entity_id = :id""")
			.param("id", String.valueOf(member))
			.query(String.class)
			.single()).contains(username).contains("职工更换手机后重新注册账号");

		// the unlinked account may not simply link the same member again
		assertThat(link(username, idNumber)).isFalse();
		assertThat(countyStaff.get(account).json().get("linked").asBoolean()).isFalse();
		// until staff lift the block, with a reason
		long accountId = AccountLinks.accountId(this.jdbc, username);
		String block = account + "/blocks/" + accountId;
		assertThat(staffOf(this.countyB, "FEDERATION_STAFF").delete(block, body("reason", "越权")).status())
			.isEqualTo(404);
		assertThat(countyStaff.delete(block, body("reason", " ")).status()).isEqualTo(400);
		assertThat(countyStaff.delete(block, body("reason", "核实确为本人")).status()).isEqualTo(204);
		assertThat(countyStaff.delete(block, body("reason", "核实确为本人")).status()).isEqualTo(404);
		assertThat(link(username, idNumber)).isTrue();
		assertThat(countyStaff.get(account).json().get("username").asString()).isEqualTo(username);
		assertThat(countyStaff.delete(account, body("reason", "再次冒用")).status()).isEqualTo(204);
		// the worker's new account may
		String renewed = "wk" + System.nanoTime() % 100_000_000;
		workerProving(renewed, "王小明", idNumber);
		assertThat(countyStaff.get(account).json().get("username").asString()).isEqualTo(renewed);
	}

	@Test
	void staffOutsideTheSubtreeAndWorkersCannotSeeOrRemoveALink() {
		String idNumber = Fixtures.idNumber("420602");
		long member = addMember(this.admin, this.unionA, idNumber).json().get("id").asLong();
		String username = "wk" + System.nanoTime() % 100_000_000;
		workerProving(username, "王小明", idNumber);
		String account = "/api/v1/members/" + member + "/account";
		ApiClient otherCounty = staffOf(this.countyB, "FEDERATION_STAFF");
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");

		assertThat(otherCounty.get(account).status()).isEqualTo(404);
		assertThat(otherCounty.delete(account, body("reason", "越权解除")).status()).isEqualTo(404);
		assertThat(worker.get(account).status()).isEqualTo(403);
		assertThat(worker.delete(account, body("reason", "自己解除")).status()).isEqualTo(403);
		assertThat(staffOf(this.unionA, "UNION_OFFICER").get(account).json().get("username").asString())
			.isEqualTo(username);
	}

	@Test
	void oneAccountIsOneMemberAcrossThePlatform() {
		String idNumber = Fixtures.idNumber("420602");
		long member = addMember(this.admin, this.unionA, idNumber).json().get("id").asLong();
		workerProving("wk" + System.nanoTime() % 100_000_000, "王小明", idNumber);
		Long linkedAccount = this.jdbc.sql("select account_id from member.member_account where member_id = :m")
			.param("m", member)
			.query(Long.class)
			.single();
		assertThat(linkedAccount).isNotNull();

		// a second account cannot be linked to the same member
		String second = "wk" + System.nanoTime() % 100_000_000;
		this.admin.post("/api/v1/accounts",
				body("username", second, "password", "Passw0rd!", "displayName", "王小明", "role", "WORKER"));
		assertThat(link(second, idNumber)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from member.member_account where member_id = :m")
			.param("m", member)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
