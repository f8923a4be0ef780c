package org.gonghui.assistance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.IntegrationTest;
import org.gonghui.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

@IntegrationTest
class HardshipCaseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	@Autowired
	TestClock clock;

	AssistanceTestTree tree;

	ApiClient officer;

	ApiClient county;

	AssistanceTestTree.Member member;

	@BeforeEach
	void tree() {
		this.tree = new AssistanceTestTree(this.port);
		this.officer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		this.county = this.tree.staff(this.tree.countyA, "FEDERATION_STAFF");
		this.member = this.tree.member(this.tree.unionA, "刘困难", "420602");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void reviewPathRunsFromApplicationThroughNoticeToAnActiveFileWithEveryStepStamped() {
		String id = this.tree.apply(this.officer, this.member.id());
		String path = "/api/v1/assistance/cases/" + id;
		assertThat(this.officer.get(path).json().get("summary").get("proposedCategory").asString()).isEqualTo("DEEP");

		assertThat(this.officer.post(path + "/verify", body("version", 0, "homeVisitNotes", "入户走访：户主透析，配偶无业")).status())
			.isEqualTo(200);
		Response notice = this.officer.post(path + "/notice", body("version", 1, "days", 5));
		assertThat(notice.status()).as(notice.body()).isEqualTo(200);
		assertThat(notice.json().get("status").asString()).isEqualTo("IN_NOTICE");

		Response early = this.county.post(path + "/approve", body("version", 2));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains("公示期满后方可审批");

		this.clock.advance(Duration.ofDays(5));
		Response approved = this.county.post(path + "/approve", body("version", 2));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("ACTIVE");
		assertThat(approved.json().get("recheckDue").asString()).isNotBlank();

		Response detail = this.county.get(path);
		List<String> actions = new ArrayList<>();
		detail.json().get("history").forEach((step) -> {
			actions.add(step.get("action").asString());
			assertThat(step.get("actorName").asString()).isNotBlank();
			assertThat(step.get("at").asString()).isNotBlank();
		});
		assertThat(actions).containsExactly("SUBMIT", "VERIFY", "START_NOTICE", "APPROVE", "ACTIVATE");
		assertThat(detail.json().get("history").get(3).get("role").asString()).isEqualTo("FEDERATION_STAFF");
		assertThat(auditActions(id)).contains("CREATE", "UPDATE", "APPROVE", "READ_PERSONAL_DATA");
	}

	@Test
	void caseDocumentsAreEncryptedAtRestAndReadBackWholeWithAnAuditedRead() {
		String id = this.tree.apply(this.officer, this.member.id());
		byte[] pdf = "%PDF-1.4 diagnosis secret-diagnosis".getBytes(StandardCharsets.US_ASCII);
		Response uploaded = this.officer.upload("/api/v1/assistance/cases/" + id + "/documents", "诊断证明.pdf", pdf);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		String documentId = uploaded.json().get("id").asString();
		byte[] stored = this.jdbc
			.sql("select content from assistance.document where id = cast(:id as uuid) and encrypted")
			.param("id", documentId)
			.query((rs, row) -> rs.getBytes(1))
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF").doesNotContain("secret");
		assertThat(this.jdbc.sql("select size_bytes from assistance.document where id = cast(:id as uuid)")
			.param("id", documentId)
			.query(Integer.class)
			.single()).isEqualTo(pdf.length);

		Response download = this.county.get("/api/v1/assistance/cases/" + id + "/documents/" + documentId);

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(pdf);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event where entity_type = 'assistance-document' and entity_id = :id
				  and action = 'READ_PERSONAL_DATA'""").param("id", documentId).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aGrassrootsOfficerCannotGiveTheFederationApproval() {
		String id = this.tree.apply(this.officer, this.member.id());
		String path = "/api/v1/assistance/cases/" + id;
		this.officer.post(path + "/verify", body("homeVisitNotes", "已核实"));
		this.officer.post(path + "/notice", body("days", 1));
		this.clock.advance(Duration.ofDays(2));

		Response refused = this.officer.post(path + "/approve", body());

		assertThat(refused.status()).isEqualTo(403);
		assertThat(this.county.get(path).json().get("summary").get("status").asString()).isEqualTo("IN_NOTICE");
	}

	@Test
	void anOpenObjectionBlocksApprovalUntilDismissed() {
		String id = this.tree.apply(this.officer, this.member.id());
		String path = "/api/v1/assistance/cases/" + id;
		this.officer.post(path + "/verify", body("homeVisitNotes", "已核实"));
		this.officer.post(path + "/notice", body("days", 3));
		Response objection = this.officer.post(path + "/objections",
				body("raisedBy", "同车间职工", "content", "其家中另有商铺出租收入"));
		assertThat(objection.status()).as(objection.body()).isEqualTo(201);
		this.clock.advance(Duration.ofDays(4));

		assertThat(this.county.post(path + "/approve", body()).json().get("detail").asString()).contains("异议尚未处理完毕");
		assertThat(this.officer.post(path + "/objections/1/dismiss", body("note", "经核实商铺已于去年转让")).status())
			.isEqualTo(200);
		assertThat(this.county.post(path + "/approve", body()).status()).isEqualTo(200);
	}

	@Test
	void ofTwoReviewersVerifyingAtOnceExactlyOneWinsAndTheOtherIsToldInChinese() throws Exception {
		String id = this.tree.apply(this.officer, this.member.id());
		ApiClient secondOfficer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Response>> results = new ArrayList<>();
			for (ApiClient reviewer : List.of(this.officer, secondOfficer)) {
				results.add(pool.submit((Callable<Response>) () -> {
					start.await();
					return reviewer.post("/api/v1/assistance/cases/" + id + "/verify",
							body("version", 0, "homeVisitNotes", "入户核实"));
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			String loserDetail = "";
			for (Future<Response> result : results) {
				Response response = result.get();
				statuses.add(response.status());
				if (response.status() == 409) {
					loserDetail = response.json().get("detail").asString();
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
			assertThat(loserDetail).contains("已被他人处理");
		}
		finally {
			pool.shutdown();
		}
		Integer verifications = this.jdbc
			.sql("select count(*) from assistance.hardship_case_step where case_id = :id and action = 'VERIFY'")
			.param("id", UUID.fromString(id))
			.query(Integer.class)
			.single();
		assertThat(verifications).isEqualTo(1);
	}

	@Test
	void aCountysStaffCannotSeeOrActOnAnotherCountysCase() {
		String id = this.tree.apply(this.officer, this.member.id());
		ApiClient otherCounty = this.tree.staff(this.tree.countyB, "FEDERATION_STAFF");

		assertThat(otherCounty.get("/api/v1/assistance/cases/" + id).status()).isEqualTo(404);
		assertThat(otherCounty.post("/api/v1/assistance/cases/" + id + "/verify", body("homeVisitNotes", "x")).status())
			.isEqualTo(404);
		assertThat(otherCounty.get("/api/v1/assistance/cases").body()).doesNotContain(id);
		assertThat(this.county.get("/api/v1/assistance/cases").body()).contains(id);
	}

	@Test
	void aWorkerAppliesAsTheMemberTheirAccountIsLinkedTo() {
		String username = "w" + System.nanoTime() % 100_000_000;
		this.tree.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "displayName", "刘困难", "role", "WORKER"));
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");
		var application = body("householdMembers", List.of(body("name", "刘困难", "relation", "本人")), "monthlyIncome",
				"600", "causes", List.of("UNEMPLOYMENT"));

		Response unlinked = worker.post("/api/v1/assistance/cases", application);
		assertThat(unlinked.status()).isEqualTo(403);
		assertThat(unlinked.json().get("detail").asString()).startsWith("请先完成实名认证");

		AccountLinks.link(this.members, this.jdbc, username, this.member.id());
		Response applied = worker.post("/api/v1/assistance/cases", application);
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		assertThat(applied.json().get("proposedCategory").asString()).isEqualTo("DEEP");
		assertThat(worker.get("/api/v1/assistance/my-cases").body()).contains(applied.json().get("id").asString());
		assertThat(worker.get("/api/v1/assistance/cases").status()).isEqualTo(403);

		Response second = worker.post("/api/v1/assistance/cases", application);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("detail").asString()).contains("一户一档");
	}

	@Test
	void incomeAndHealthAreStoredOnlyEncrypted() {
		String id = this.tree.apply(this.officer, this.member.id());
		byte[] stored = this.jdbc.sql("select personal_cipher from assistance.hardship_case where id = :id")
			.param("id", UUID.fromString(id))
			.query((rs, row) -> rs.getBytes(1))
			.single();
		String raw = new String(stored, StandardCharsets.ISO_8859_1) + new String(stored, StandardCharsets.UTF_8);
		assertThat(raw).doesNotContain("180000").doesNotContain("ILLNESS").doesNotContain("尿毒症");
		assertThat(this.officer.get("/api/v1/assistance/cases/" + id)
			.json()
			.get("personal")
			.get("monthlyIncome")
			.asString()).isEqualTo("1800.00");
	}

	@Test
	void documentsAreAcceptedAsPdfJpgOrPngAndRefusedOtherwise() {
		String id = this.tree.apply(this.officer, this.member.id());
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0 };
		Response accepted = this.officer.upload("/api/v1/assistance/cases/" + id + "/documents", "诊断证明.png", png);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);

		Response refused = this.officer.upload("/api/v1/assistance/cases/" + id + "/documents", "证明.pdf",
				"MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("PDF、JPG 或 PNG");
		assertThat(this.officer.get("/api/v1/assistance/cases/" + id + "/documents").json().size()).isEqualTo(1);
	}

	@Test
	void anExitedFileKeepsItsHistoryAndCountsAsEnteredAndExited() {
		String id = this.tree.apply(this.officer, this.member.id());
		String path = "/api/v1/assistance/cases/" + id;
		this.officer.post(path + "/verify", body("homeVisitNotes", "已核实"));
		this.officer.post(path + "/notice", body("days", 1));
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.county.post(path + "/approve", body()).status()).isEqualTo(200);

		Response exited = this.officer.post(path + "/exit", body("reason", "INCOME_ABOVE_THRESHOLD", "note", "配偶再就业"));
		assertThat(exited.status()).as(exited.body()).isEqualTo(200);
		assertThat(exited.json().get("status").asString()).isEqualTo("EXITED");
		assertThat(this.county.get(path).json().get("history").size()).isEqualTo(6);

		Response counts = this.county.get("/api/v1/assistance/statistics");
		assertThat(counts.status()).isEqualTo(200);
		assertThat(counts.json().get(0).get("regionCode").asString()).isEqualTo("420602");
		assertThat(counts.json().get(0).get("entered").asLong()).isEqualTo(1);
		assertThat(counts.json().get(0).get("exited").asLong()).isEqualTo(1);
		assertThat(counts.json().get(0).get("active").asLong()).isZero();
		// a new application for the household is possible once the file is closed
		this.tree.apply(this.officer, this.member.id());
	}

	private List<String> auditActions(String caseId) {
		return this.jdbc
			.sql("select action from audit.audit_event where entity_type = 'hardship-case' and entity_id = :id")
			.param("id", caseId)
			.query(String.class)
			.list();
	}

}
