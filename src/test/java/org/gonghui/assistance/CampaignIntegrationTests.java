package org.gonghui.assistance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;
import org.gonghui.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class CampaignIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	AssistanceTestTree tree;

	ApiClient cityStaff;

	ApiClient officer;

	@BeforeEach
	void tree() {
		this.tree = new AssistanceTestTree(this.port);
		this.cityStaff = this.tree.staff(this.tree.city, "FEDERATION_STAFF");
		this.officer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	String campaign(String budgetA) {
		Response created = this.cityStaff.post("/api/v1/assistance/campaigns",
				body("name", "2026 年元旦春节送温暖", "startsOn", "2026-01-01", "endsOn", "2026-02-28", "standardAmounts",
						Map.of("DEEP_HARDSHIP", "800", "MODEL_WORKER", "500"), "budgets",
						Map.of(String.valueOf(this.tree.countyA), budgetA, String.valueOf(this.tree.countyB), "1000")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	String activeFile(long memberId) {
		ApiClient county = this.tree.staff(this.tree.countyA, "FEDERATION_STAFF");
		String id = this.tree.apply(this.officer, memberId);
		String path = "/api/v1/assistance/cases/" + id;
		assertThat(this.officer.post(path + "/verify", body("homeVisitNotes", "入户核实")).status()).isEqualTo(200);
		assertThat(this.officer.post(path + "/notice", body("days", 1)).status()).isEqualTo(200);
		this.clock.advance(Duration.ofDays(2));
		assertThat(county.post(path + "/approve", body()).status()).isEqualTo(200);
		return id;
	}

	@Test
	void aHouseholdIsPaidOnceAndASecondPaymentIsRefusedAndBothAreAudited() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "陈困难", "420602");
		activeFile(member.id());
		String campaign = campaign("5000");
		Response generated = this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/generate", body());
		assertThat(generated.json().get("added").asInt()).isEqualTo(1);
		Response listed = this.officer.get("/api/v1/assistance/campaigns/" + campaign + "/recipients");
		assertThat(listed.json().get("items").get(0).get("amount").asString()).isEqualTo("800.00");
		assertThat(listed.json().get("items").get(0).get("category").asString()).isEqualTo("DEEP_HARDSHIP");

		Response paid = this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/payments",
				body("householdId", member.id(), "kind", "CASH"));
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		assertThat(paid.json().get("paidAmount").asString()).isEqualTo("800.00");

		Response again = this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/payments",
				body("householdId", member.id(), "kind", "GOODS", "amount", "100"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("不能重复发放");

		assertThat(budgetSpent(campaign, this.tree.countyA)).isEqualTo(80_000L);
		assertThat(this.jdbc
			.sql("select count(*) from audit.audit_event where entity_type = 'campaign-payment'"
					+ " and summary like :name")
			.param("name", "%陈困难%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSpouseListedInAnActiveFileGetsNoSecondFileAndNoSecondPaymentForTheHousehold() {
		AssistanceTestTree.Member owner = this.tree.member(this.tree.unionA, "冯大明", "420602");
		AssistanceTestTree.Member spouse = this.tree.member(this.tree.unionA, "何小芳", "420602");
		String file = applyWithHousehold(owner, spouse);
		assertThat(file).isNotBlank();
		ApiClient county = this.tree.staff(this.tree.countyA, "FEDERATION_STAFF");
		String path = "/api/v1/assistance/cases/" + file;
		assertThat(this.officer.post(path + "/verify", body("homeVisitNotes", "入户核实")).status()).isEqualTo(200);
		assertThat(this.officer.post(path + "/notice", body("days", 1)).status()).isEqualTo(200);
		this.clock.advance(Duration.ofDays(2));
		assertThat(county.post(path + "/approve", body()).status()).isEqualTo(200);

		Response second = this.officer.post("/api/v1/assistance/cases",
				body("memberId", spouse.id(), "householdMembers", List.of(body("name", "何小芳", "relation", "本人")),
						"monthlyIncome", "1000", "causes", List.of("ILLNESS")));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains("冯**").contains("同一家庭只建一份档案").doesNotContain("冯大明");

		String campaign = campaign("5000");
		assertThat(this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/generate", body())
			.json()
			.get("added")
			.asInt()).isEqualTo(1);
		Response spouseAsModelWorker = this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/recipients",
				body("memberId", spouse.id(), "category", "MODEL_WORKER"));
		assertThat(spouseAsModelWorker.status()).isEqualTo(409);
		assertThat(spouseAsModelWorker.json().get("detail").asString()).contains("每户只发放一次");
		assertThat(this.officer
			.post("/api/v1/assistance/campaigns/" + campaign + "/payments",
					body("householdId", spouse.id(), "kind", "CASH"))
			.status()).isEqualTo(409);
	}

	@Test
	void aHouseholdMemberWithAnOpenFileOfTheirOwnCannotBeListedInASecondOne() {
		AssistanceTestTree.Member first = this.tree.member(this.tree.unionA, "韩一", "420602");
		AssistanceTestTree.Member second = this.tree.member(this.tree.unionA, "韩二", "420602");
		this.tree.apply(this.officer, first.id());

		Response refused = this.officer.post("/api/v1/assistance/cases",
				body("memberId", second.id(), "householdMembers",
						List.of(body("name", "韩二", "relation", "本人"),
								body("name", "韩一", "relation", "兄弟", "idNumber", first.idNumber())),
						"monthlyIncome", "1000", "causes", List.of("ILLNESS")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("韩*").contains("本人已有困难职工档案");

		Response badId = this.officer.post("/api/v1/assistance/cases",
				body("memberId", second.id(), "householdMembers",
						List.of(body("name", "韩二", "relation", "本人"),
								body("name", "韩三", "relation", "子女", "idNumber", "420602199001011230")),
						"monthlyIncome", "1000", "causes", List.of("ILLNESS")));
		assertThat(badId.status()).isEqualTo(422);
		assertThat(badId.json().get("detail").asString()).contains("韩三");
	}

	@Test
	void someoneListedInOneOpenFileCannotBeListedInASecond() {
		AssistanceTestTree.Member father = this.tree.member(this.tree.unionA, "蒋父", "420602");
		AssistanceTestTree.Member son = this.tree.member(this.tree.unionA, "蒋子", "420602");
		AssistanceTestTree.Member mother = this.tree.member(this.tree.unionA, "沈母", "420602");
		applyWithHousehold(father, son);

		Response refused = this.officer.post("/api/v1/assistance/cases",
				body("memberId", mother.id(), "householdMembers",
						List.of(body("name", "沈母", "relation", "本人"),
								body("name", "蒋子", "relation", "子女", "idNumber", son.idNumber())),
						"monthlyIncome", "1000", "causes", List.of("ILLNESS")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("蒋*").doesNotContain("蒋父");
	}

	private String applyWithHousehold(AssistanceTestTree.Member owner, AssistanceTestTree.Member spouse) {
		Response response = this.officer.post("/api/v1/assistance/cases",
				body("memberId", owner.id(), "householdMembers",
						List.of(body("name", owner.name(), "relation", "本人", "health", "尿毒症透析"),
								body("name", spouse.name(), "relation", "配偶", "idNumber", spouse.idNumber())),
						"monthlyIncome", "1000", "causes", List.of("ILLNESS")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	@Test
	void twentyConcurrentPaymentsNeverOverspendTheBudget() throws Exception {
		String campaign = campaign("5000");
		List<Long> households = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "劳模" + i, "420602");
			Response added = this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/recipients",
					body("memberId", member.id(), "category", "MODEL_WORKER"));
			assertThat(added.status()).as(added.body()).isEqualTo(201);
			households.add(member.id());
		}
		List<Integer> statuses = concurrently(households.stream()
			.map((household) -> (Callable<Response>) () -> this.officer
				.post("/api/v1/assistance/campaigns/" + campaign + "/payments", body("householdId", household)))
			.toList());

		assertThat(statuses.stream().filter((s) -> s == 201).count()).isEqualTo(10);
		assertThat(statuses.stream().filter((s) -> s == 409).count()).isEqualTo(10);
		assertThat(budgetSpent(campaign, this.tree.countyA)).isEqualTo(500_000L);
		assertThat(this.jdbc.sql(
				"select coalesce(sum(amount_fen), 0) from assistance.campaign_payment where campaign_id = cast(:c as uuid)")
			.param("c", campaign)
			.query(Long.class)
			.single()).isEqualTo(500_000L);
	}

	@Test
	void concurrentPaymentsToTheSameHouseholdPayItOnce() throws Exception {
		String campaign = campaign("5000");
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "李一线", "420602");
		this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/recipients",
				body("memberId", member.id(), "category", "MODEL_WORKER"));
		List<Callable<Response>> calls = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			calls.add(() -> this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/payments",
					body("householdId", member.id())));
		}
		List<Integer> statuses = concurrently(calls);

		assertThat(statuses).containsOnlyOnce(201);
		assertThat(statuses.stream().filter((s) -> s == 409).count()).isEqualTo(4);
		assertThat(budgetSpent(campaign, this.tree.countyA)).isEqualTo(50_000L);
	}

	@Test
	void aCountyCannotPayAHouseholdOfAnotherCounty() {
		String campaign = campaign("5000");
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionB, "王乙县", "420625");
		ApiClient countyB = this.tree.staff(this.tree.countyB, "FEDERATION_STAFF");
		assertThat(countyB
			.post("/api/v1/assistance/campaigns/" + campaign + "/recipients",
					body("memberId", member.id(), "category", "MODEL_WORKER"))
			.status()).isEqualTo(201);

		Response refused = this.officer.post("/api/v1/assistance/campaigns/" + campaign + "/payments",
				body("householdId", member.id()));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(this.officer.get("/api/v1/assistance/campaigns/" + campaign + "/recipients")
			.json()
			.get("total")
			.asLong()).isZero();
	}

	@Test
	void aStudentGetsOneAwardPerYearAtTheAmountForTheLevel() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "赵家长", "420602");
		String student = Fixtures.idNumber("420602");
		var award = body("year", 2026, "memberId", member.id(), "studentName", "赵同学", "studentIdNumber", student,
				"school", "武汉大学", "level", "UNIVERSITY_UNDERGRADUATE", "householdType", "OTHER_HARDSHIP");

		Response first = this.officer.post("/api/v1/assistance/student-awards", award);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		Response second = this.officer.post("/api/v1/assistance/student-awards", award);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains("2026");

		var filed = new java.util.LinkedHashMap<>(award);
		filed.put("year", 2027);
		filed.put("householdType", "FILED_HARDSHIP");
		assertThat(this.officer.post("/api/v1/assistance/student-awards", filed).status()).isEqualTo(422);
		Response listed = this.officer.get("/api/v1/assistance/student-awards?year=2026");
		assertThat(listed.json().get("items").get(0).get("amount").asString()).isEqualTo("4000.00");
		assertThat(listed.json().get("items").get(0).get("studentIdNumber").asString()).contains("*");

		byte[] pdf = "%PDF-1.4 admission letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		assertThat(this.officer
			.upload("/api/v1/assistance/student-awards/" + first.json().get("id").asString() + "/documents",
					"录取通知书.pdf", pdf)
			.status()).isEqualTo(201);
	}

	private long budgetSpent(String campaign, long orgId) {
		return this.jdbc.sql(
				"select spent_fen from assistance.campaign_budget where campaign_id = cast(:c as uuid) and org_id = :o")
			.param("c", campaign)
			.param("o", orgId)
			.query(Long.class)
			.single();
	}

	private static List<Integer> concurrently(List<Callable<Response>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Response>> futures = new ArrayList<>();
			for (Callable<Response> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Response> future : futures) {
				Response response = future.get();
				assertThat(response.status()).as(response.body()).isIn(201, 409);
				statuses.add(response.status());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

}
