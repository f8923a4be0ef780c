package org.gonghui.mutualaid;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.shared.BusinessTime;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class MutualAidApiIntegrationTests {

	static final String CLAIMS = "/api/v1/mutual-aid/claims";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	ApiClient admin;

	ApiClient cityStaff;

	long city;

	long countyA;

	long countyB;

	long unionA;

	long unionB;

	int year;

	LocalDate today;

	@BeforeEach
	void tree() {
		this.today = LocalDate.now(BusinessTime.ZONE);
		this.year = this.today.getYear();
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		long suffix = System.nanoTime() % 1_000_000;
		long province = create(body("name", "互助测试省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		this.city = create(body("name", "互助测试市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		this.countyA = create(body("name", "互助甲区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420602"));
		this.countyB = create(body("name", "互助乙县总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", this.city,
				"regionCode", "420625"));
		this.unionA = createUnion(this.countyA, "互助甲区机械厂工会" + suffix, "420602");
		this.unionB = createUnion(this.countyB, "互助乙县物流公司工会" + suffix, "420625");
		this.cityStaff = staffOf(this.city, "FEDERATION_STAFF");
	}

	long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	long createUnion(long parent, String name, String region) {
		return create(body("name", name, "type", "GRASSROOTS_UNION", "parentId", parent, "regionCode", region,
				"employerName", name.replace("工会", ""), "creditCode", Fixtures.creditCode(region), "ownership",
				"NON_PUBLIC", "headcount", 120));
	}

	ApiClient staffOf(long orgId, String role) {
		String username = "ma" + System.nanoTime();
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "role", role, "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new ApiClient(this.port).login(username, "Passw0rd!");
	}

	record Member(long id, String name, String idNumber) {
	}

	Member member(long orgId, String name, String region) {
		String idNumber = Fixtures.idNumber(region);
		Response response = this.admin.post("/api/v1/members",
				body("name", name, "idNumber", idNumber, "phone", Fixtures.mobile(), "orgId", orgId));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new Member(response.json().get("id").asLong(), name, idNumber);
	}

	/** A plan kept by the city with this year's terms; no waiting period unless asked. */
	long plan(String deductible, String ratio, String cap, boolean waitingPeriod) {
		Response plan = this.cityStaff.post("/api/v1/mutual-aid/plans",
				body("name", "住院医疗互助" + System.nanoTime(), "kind", "INPATIENT_MEDICAL"));
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		long id = plan.json().get("id").asLong();
		Map<String, Object> terms = body("premium", "55", "deductible", deductible, "payoutRatioPercent", ratio,
				"yearlyCap", cap);
		if (!waitingPeriod) {
			terms.put("exclusionDays", 0);
			terms.put("reducedPayoutUntilDay", 0);
		}
		Response set = put("/api/v1/mutual-aid/plans/" + id + "/terms/" + this.year, terms);
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		return id;
	}

	Response put(String path, Object body) {
		return this.cityStaff.put(path, body);
	}

	void enrol(long plan, long orgId) {
		Response response = this.cityStaff.post("/api/v1/mutual-aid/enrolments",
				body("planId", plan, "year", this.year, "orgId", orgId));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	Response file(ApiClient client, long plan, Member member, String amount, String selfPaid) {
		return client.post(CLAIMS,
				body("memberId", member.id(), "planId", plan, "eventDate", this.today.toString(), "diagnosisCode",
						"K80.0", "diagnosis", "胆囊结石伴急性胆囊炎", "invoices",
						List.of(body("number", "FP" + System.nanoTime(), "amount", amount, "selfPaid", selfPaid))));
	}

	long fileOk(long plan, Member member, String amount, String selfPaid) {
		Response response = file(this.cityStaff, plan, member, amount, selfPaid);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	@Test
	void aWorkerUsesThePortalOnlyAsTheLinkedMemberAndAnUnlinkedOneIsSentToIdentity() {
		long plan = plan("500", "60", "10000", false);
		Member member = member(this.unionA, "门户刘师傅", "420602");
		enrol(plan, this.unionA);
		String username = "maw" + System.nanoTime() % 100_000_000;
		assertThat(
				this.admin
					.post("/api/v1/accounts",
							body("username", username, "password", "Passw0rd!", "displayName", member.name(), "role",
									"WORKER"))
					.status())
			.isEqualTo(201);
		ConsoleClient portal = ConsoleClient.signIn(this.port, username, "Passw0rd!");
		Map<String, String> claim = Map.of("planId", String.valueOf(plan), "eventDate", this.today.toString(),
				"diagnosisCode", "K80.0", "diagnosis", "胆囊结石", "invoiceNumber", "FP1", "invoiceAmount", "1000",
				"invoiceSelfPaid", "800");

		assertThat(portal.get("/portal/mutual-aid").body()).contains("/portal/identity?next=/portal/mutual-aid")
			.doesNotContain("name=\"idNumber\"");
		// the old name-and-ID-number check is gone and links nobody
		ConsoleClient.Page verify = portal.post("/portal/mutual-aid/verify",
				Map.of("name", member.name(), "idNumber", member.idNumber()));
		assertThat(verify.status()).isIn(404, 405);
		assertThat(AccountLinks.linksOf(this.jdbc, member.id())).isZero();
		ConsoleClient.Page refused = portal.post("/portal/mutual-aid/claims", claim);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("请先完成实名认证");
		assertThat(portal.get("/portal/mutual-aid/claims/new").status()).isEqualTo(403);
		assertThat(claimsOf(member)).isZero();

		AccountLinks.link(this.members, this.jdbc, username, member.id());
		assertThat(portal.get("/portal/mutual-aid").body()).contains(member.name()).doesNotContain("/portal/identity");
		ConsoleClient.Page filed = portal.post("/portal/mutual-aid/claims", claim);
		assertThat(filed.location()).as(filed.status() + filed.body()).contains("/portal/mutual-aid/claims/");
		assertThat(claimsOf(member)).isEqualTo(1);
	}

	private int claimsOf(Member member) {
		return this.jdbc.sql("select count(*) from mutualaid.claim where member_id = :m")
			.param("m", member.id())
			.query(Integer.class)
			.single();
	}

	@Test
	void computesPerPlanTerms_selfPaid6000Pays3300ThenSelfPaid12000Pays6700_cap10000() {
		long plan = plan("500", "60", "10000", false);
		Member member = member(this.unionA, "王建国", "420602");
		enrol(plan, this.unionA);

		Response first = file(this.cityStaff, plan, member, "8000", "6000");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		// (6,000 − 500) × 60 % = 3,300
		assertThat(first.json().get("payable").asString()).isEqualTo("3300.00");
		long firstId = first.json().get("id").asLong();
		assertThat(this.cityStaff.post(CLAIMS + "/" + firstId + "/approve", Map.of()).json().get("payable").asString())
			.isEqualTo("3300.00");

		Response second = file(this.cityStaff, plan, member, "15000", "12000");
		// (12,000 − 500) × 60 % = 6,900, but only 10,000 − 3,300 = 6,700 of the cap
		// remain
		assertThat(second.json().get("payable").asString()).isEqualTo("6700.00");
		List<String> labels = new ArrayList<>();
		second.json().get("computation").forEach(line -> labels.add(line.get("label").asString()));
		assertThat(labels).contains("个人自付合计", "减免赔额（500.00 元）", "超过免赔额部分", "按赔付比例 60% 计算",
				"年度剩余限额（限额 10,000.00 元，本年已赔 3,300.00 元）", "应赔付金额");
		List<String> amounts = new ArrayList<>();
		second.json().get("computation").forEach(line -> amounts.add(line.get("amount").asString()));
		assertThat(amounts).contains("12000.00", "-500.00", "11500.00", "6900.00", "6700.00");
	}

	@Test
	void waitingPeriodComputesNothingAndRefusesApproval() {
		long plan = plan("500", "60", "10000", true);
		Member member = member(this.unionA, "李明", "420602");
		enrol(plan, this.unionA);

		Response claim = file(this.cityStaff, plan, member, "8000", "6000");

		assertThat(claim.json().get("payable").asString()).isEqualTo("0.00");
		assertThat(claim.json().get("zeroReason").asString()).isEqualTo("出险日期在等待期内，不予赔付");
		Response approve = this.cityStaff.post(CLAIMS + "/" + claim.json().get("id").asLong() + "/approve", Map.of());
		assertThat(approve.status()).isEqualTo(422);
		assertThat(approve.json().get("detail").asString()).contains("无可赔付金额");
	}

	@Test
	void paysOnce_secondPayoutIsRefusedAndTheDatabaseRefusesADuplicateRow() {
		long plan = plan("0", "100", "10000", false);
		Member member = member(this.unionA, "张伟", "420602");
		enrol(plan, this.unionA);
		long id = fileOk(plan, member, "2000", "1000");
		assertThat(this.cityStaff.post(CLAIMS + "/" + id + "/approve", Map.of()).status()).isEqualTo(200);

		Response paid = this.cityStaff.post(CLAIMS + "/" + id + "/payout", body("reference", "BANK-1"),
				Map.of("Idempotency-Key", "pay-" + id));
		Response replay = this.cityStaff.post(CLAIMS + "/" + id + "/payout", body("reference", "BANK-1"),
				Map.of("Idempotency-Key", "pay-" + id));
		Response again = this.cityStaff.post(CLAIMS + "/" + id + "/payout", body("reference", "BANK-2"));

		assertThat(paid.status()).as(paid.body()).isEqualTo(200);
		assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
		assertThat(replay.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("不能重复赔付");
		assertThat(this.jdbc.sql("select count(*) from mutualaid.payout where claim_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> this.jdbc
			.sql("insert into mutualaid.payout (claim_id, member_id, amount_fen) values (:id, :member, 100)")
			.param("id", id)
			.param("member", member.id())
			.update()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void concurrentApprovalsOfOneMemberNeverExceedTheYearlyCap() throws Exception {
		long plan = plan("0", "100", "10000", false);
		Member member = member(this.unionA, "陈静", "420602");
		enrol(plan, this.unionA);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ids.add(fileOk(plan, member, "6000", "6000"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(ids.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> results = new ArrayList<>();
		for (long id : ids) {
			results.add(pool.submit((Callable<Response>) () -> {
				start.await();
				return this.cityStaff.post(CLAIMS + "/" + id + "/approve", Map.of());
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Response> result : results) {
			statuses.add(result.get().status());
		}
		pool.shutdown();

		// 6,000 + 4,000 fill the 10,000 cap; the other two have nothing left to pay
		assertThat(statuses).containsExactlyInAnyOrder(200, 200, 422, 422);
		long approved = this.jdbc.sql("""
				select coalesce(sum(payable_fen), 0) from mutualaid.claim
				where member_id = :member and status = 'APPROVED'""")
			.param("member", member.id())
			.query(Long.class)
			.single();
		assertThat(approved).isEqualTo(1_000_000L);
	}

	@Test
	void countyStaffSeeOnlyClaimsOfTheirCountyAnd404Outside() {
		long plan = plan("0", "100", "10000", false);
		Member inA = member(this.unionA, "赵强", "420602");
		Member inB = member(this.unionB, "钱芳", "420625");
		enrol(plan, this.unionA);
		enrol(plan, this.unionB);
		long claimA = fileOk(plan, inA, "1000", "800");
		long claimB = fileOk(plan, inB, "1000", "800");
		ApiClient countyStaff = staffOf(this.countyA, "FEDERATION_STAFF");

		assertThat(countyStaff.get(CLAIMS + "/" + claimA).status()).isEqualTo(200);
		assertThat(countyStaff.get(CLAIMS + "/" + claimB).status()).isEqualTo(404);
		assertThat(countyStaff.post(CLAIMS + "/" + claimB + "/approve", Map.of()).status()).isEqualTo(404);
		assertThat(countyStaff.get(CLAIMS + "?orgId=" + this.unionB).status()).isEqualTo(404);
		assertThat(countyStaff.get(CLAIMS).json().get("items").findValuesAsString("memberName")).containsExactly("赵强");
		assertThat(file(countyStaff, plan, inB, "1000", "800").status()).isEqualTo(422);
		assertThat(countyStaff
			.post("/api/v1/mutual-aid/enrolments", body("planId", plan, "year", this.year, "orgId", this.unionB))
			.status()).isEqualTo(404);
	}

	@Test
	void claimDocumentsAreEncryptedAtRestAndReadBackWholeWithAnAuditedRead() {
		long plan = plan("0", "100", "10000", false);
		Member member = member(this.unionA, "郑敏", "420602");
		enrol(plan, this.unionA);
		long id = fileOk(plan, member, "1000", "800");
		String pdf = "%PDF-1.4 discharge summary secret-discharge-summary";
		Response uploaded = this.cityStaff.upload(CLAIMS + "/" + id + "/documents", "出院小结.pdf",
				pdf.getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		Map<String, Object> stored = this.jdbc
			.sql("select id, content, encrypted, size_bytes from mutualaid.claim_document where claim_id = :id")
			.param("id", id)
			.query((rs, row) -> Map.<String, Object>of("id", rs.getLong(1), "content", rs.getBytes(2), "encrypted",
					rs.getBoolean(3), "size", rs.getInt(4)))
			.single();
		assertThat(stored.get("encrypted")).isEqualTo(true);
		assertThat(stored.get("size")).isEqualTo(pdf.length());
		assertThat(new String((byte[]) stored.get("content"), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF")
			.doesNotContain("secret-discharge-summary");

		String username = "madoc" + System.nanoTime();
		assertThat(
				this.admin
					.post("/api/v1/accounts",
							body("username", username, "password", "Passw0rd!", "role", "FEDERATION_STAFF", "orgId",
									this.city))
					.status())
			.isEqualTo(201);
		long readsBefore = documentReads(id);
		org.gonghui.support.ConsoleClient.Page download = org.gonghui.support.ConsoleClient
			.signIn(this.port, username, "Passw0rd!")
			.get("/console/mutual-aid/claims/" + id + "/documents/" + stored.get("id"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(documentReads(id)).isEqualTo(readsBefore + 1);
	}

	private long documentReads(long claimId) {
		return this.jdbc.sql("""
				select count(*) from audit.audit_event where entity_type = 'mutual-aid-claim' and entity_id = :id
				  and action = 'READ_PERSONAL_DATA'""").param("id", String.valueOf(claimId)).query(Long.class).single();
	}

	@Test
	void diagnosisIsEncryptedAtRestAndEveryReadIsAuditedWithTheOrgPath() {
		long plan = plan("0", "100", "10000", false);
		Member member = member(this.unionA, "孙丽", "420602");
		enrol(plan, this.unionA);
		long id = fileOk(plan, member, "1000", "800");
		byte[] stored = this.jdbc.sql("select diagnosis_cipher from mutualaid.claim where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.single();
		assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("胆囊");

		assertThat(this.cityStaff.get(CLAIMS + "/" + id).json().get("diagnosis").isNull()).isTrue();
		Response revealed = this.cityStaff.get(CLAIMS + "/" + id + "?reveal=true");

		assertThat(revealed.json().get("diagnosis").asString()).isEqualTo("胆囊结石伴急性胆囊炎");
		String path = this.jdbc.sql("select org_path::text from mutualaid.claim where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event where entity_type = 'mutual-aid-claim' and entity_id = :id
				  and action = 'READ_PERSONAL_DATA' and org_path = cast(:path as ltree)""")
			.param("id", String.valueOf(id))
			.param("path", path)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void enrolmentListIsRefusedWholeOnOneBadRowAndAMemberIsEnrolledOncePerPlanYear() {
		long plan = plan("0", "100", "10000", false);
		Member first = member(this.unionA, "周杰", "420602");
		Member second = member(this.unionA, "吴敏", "420602");
		String bad = "姓名,身份证号\n" + first.name() + "," + first.idNumber() + "\n" + "吴敏错," + second.idNumber() + "\n";
		Response refused = this.cityStaff.upload(
				"/api/v1/mutual-aid/enrolments/upload?planId=" + plan + "&year=" + this.year + "&orgId=" + this.unionA,
				"名单.csv", bad.getBytes(StandardCharsets.UTF_8));

		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("第 3 行").contains("姓名与会员名册不符");
		assertThat(enrolled(plan)).isZero();

		String good = "姓名,身份证号\n" + first.name() + "," + first.idNumber() + "\n";
		Response accepted = this.cityStaff.upload(
				"/api/v1/mutual-aid/enrolments/upload?planId=" + plan + "&year=" + this.year + "&orgId=" + this.unionA,
				"名单.csv", good.getBytes(StandardCharsets.UTF_8));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		assertThat(accepted.json().get("enrolled").asInt()).isEqualTo(1);

		Response roster = this.cityStaff.post("/api/v1/mutual-aid/enrolments",
				body("planId", plan, "year", this.year, "orgId", this.unionA));
		assertThat(roster.json().get("enrolled").asInt()).isEqualTo(1);
		assertThat(roster.json().get("alreadyEnrolled").asInt()).isEqualTo(1);
		assertThat(enrolled(plan)).isEqualTo(2);

		long enrolment = this.cityStaff.get("/api/v1/mutual-aid/enrolments?planId=" + plan)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		Response pdf = this.cityStaff.get("/api/v1/mutual-aid/enrolments/" + enrolment + "/certificate.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void refusesBadInputWith4xxAndWritesNothing() {
		long plan = plan("0", "100", "10000", false);
		Member member = member(this.unionA, "郑涛", "420602");
		enrol(plan, this.unionA);
		long before = this.jdbc.sql("select count(*) from mutualaid.claim").query(Long.class).single();

		assertThat(file(this.cityStaff, plan, member, "1000", "1200").status()).isEqualTo(422);
		assertThat(file(this.cityStaff, plan, member, "abc", "10").status()).isEqualTo(422);
		// bean validation answers 400 across the platform (ApiProblemAdvice)
		assertThat(this.cityStaff.post(CLAIMS, body("memberId", member.id(), "planId", plan)).status()).isEqualTo(400);
		assertThat(this.cityStaff.post(CLAIMS + "/999999999/approve", Map.of()).status()).isEqualTo(404);
		assertThat(put("/api/v1/mutual-aid/plans/" + plan + "/terms/" + this.year,
				body("premium", "55", "deductible", "0", "payoutRatioPercent", "120", "yearlyCap", "100"))
			.status()).isEqualTo(422);
		assertThat(this.jdbc.sql("select count(*) from mutualaid.claim").query(Long.class).single()).isEqualTo(before);
	}

	long enrolled(long plan) {
		return this.jdbc.sql("select count(*) from mutualaid.enrolment where plan_id = :plan")
			.param("plan", plan)
			.query(Long.class)
			.single();
	}

}
