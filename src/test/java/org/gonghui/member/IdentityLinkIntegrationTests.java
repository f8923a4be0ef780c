package org.gonghui.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;
import org.gonghui.support.RecordingSms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A worker links their account to their member record (实名认证) only with the code sent to
 * the mobile number on the roster; the request answers the same whatever the roster
 * holds; staff link in person as a fallback.
 */
@IntegrationTest
class IdentityLinkIntegrationTests {

	static final int IDENTITY_REQUESTS_PER_DAY = 10;

	static final String REQUESTED = "如姓名和身份证号与会员名册一致，验证码已发送至名册登记的手机号，5 分钟内有效。未收到请联系所在工会核对名册手机号。";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	ApiClient admin;

	long unionA;

	long unionB;

	String unionAName;

	@BeforeEach
	void tree() {
		this.admin = new ApiClient(this.port).login("admin", "Admin12345");
		long root = this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION")
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		String suffix = String.valueOf(System.nanoTime() % 1_000_000);
		long province = create(body("name", "认证测试省总工会" + suffix, "type", "PROVINCIAL_FEDERATION", "parentId", root,
				"regionCode", "420000"));
		long city = create(body("name", "认证测试市总工会" + suffix, "type", "CITY_FEDERATION", "parentId", province,
				"regionCode", "420600"));
		long countyA = create(
				body("name", "甲区总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", city, "regionCode", "420602"));
		long countyB = create(
				body("name", "乙县总工会" + suffix, "type", "COUNTY_FEDERATION", "parentId", city, "regionCode", "420625"));
		this.unionAName = "甲区纺织厂工会" + suffix;
		this.unionA = union(countyA, this.unionAName, "420602");
		this.unionB = union(countyB, "乙县物流公司工会" + suffix, "420625");
	}

	@Test
	void theCodeGoesToTheRosterPhoneAndLinksTheAccountAudited() {
		Member member = member(this.unionA, "龙晓燕");
		Worker worker = worker();
		assertThat(worker.api.get("/api/v1/me/identity").json().get("linked").asBoolean()).isFalse();

		Response sent = requestCode(worker, member.name, member.idNumber);

		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		assertThat(sent.json().get("message").asString()).isEqualTo(REQUESTED);
		List<RecordingSms.Sent> sms = RecordingSms.awaitTo("identity", member.phone, 1);
		assertThat(sms).hasSize(1);
		assertThat(sms.get(0).code()).isEqualTo(sent.json().get("demoCode").asString());
		assertThat(audits(member.id,
				"%申请实名认证，验证码已发送至名册手机 " + member.phone.substring(0, 3) + "****" + member.phone.substring(7)))
			.isEqualTo(1);
		assertThat(linkedMember(worker)).isNull();

		Response confirmed = worker.api.post("/api/v1/me/identity", body("code", sms.get(0).code()));

		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.json().get("memberName").asString()).isEqualTo("龙晓燕");
		assertThat(linkedMember(worker)).isEqualTo(member.id);
		JsonNode status = worker.api.get("/api/v1/me/identity").json();
		assertThat(status.get("linked").asBoolean()).isTrue();
		assertThat(status.get("memberName").asString()).isEqualTo("龙晓燕");
		assertThat(status.get("unionName").asString()).isEqualTo(this.unionAName);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'member-account' and entity_id = :m and action = 'CREATE'""")
			.param("m", String.valueOf(member.id))
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the code is used up
		assertThat(this.jdbc.sql("select count(*) from member.identity_code where account_id = :a")
			.param("a", worker.id)
			.query(Integer.class)
			.single()).isZero();
		// a linked account asks for no more codes
		assertThat(requestCode(worker, member.name, member.idNumber).status()).isEqualTo(409);
	}

	@Test
	void theAnswerIsTheSameAndNothingIsSentWhateverTheRosterHolds() {
		Worker worker = worker();
		Member wrongName = member(this.unionA, "付海平");
		Member left = member(this.unionA, "付海生");
		this.jdbc.sql("update member.member set status = 'LEFT' where id = :m").param("m", left.id).update();
		Member linkedElsewhere = member(this.unionA, "付海洋");
		Worker other = worker();
		this.jdbc.sql("insert into member.member_account (account_id, member_id) values (:a, :m)")
			.param("a", other.id)
			.param("m", linkedElsewhere.id)
			.update();
		Member noPhone = member(this.unionA, "付海波");
		this.jdbc.sql("update member.member set phone = null where id = :m").param("m", noPhone.id).update();
		Member blocked = member(this.unionA, "付海涛");
		this.jdbc.sql("insert into member.member_account_unlinked (account_id, member_id) values (:a, :m)")
			.param("a", worker.id)
			.param("m", blocked.id)
			.update();

		List<Response> answers = List.of(requestCode(worker, "付海平", Fixtures.idNumber("420602")),
				requestCode(worker, "付海萍", wrongName.idNumber), requestCode(worker, left.name, left.idNumber),
				requestCode(worker, linkedElsewhere.name, linkedElsewhere.idNumber),
				requestCode(worker, noPhone.name, noPhone.idNumber),
				requestCode(worker, blocked.name, blocked.idNumber));

		for (Response answer : answers) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(202);
			assertThat(answer.json().get("message").asString()).isEqualTo(REQUESTED);
			// not even the demo's on-screen code: none was sent
			assertThat(answer.json().has("demoCode")).as(answer.body()).isFalse();
		}
		Member sent = member(this.unionA, "付海军");
		Response matched = requestCode(worker, sent.name, sent.idNumber);
		assertThat(matched.json().get("message").asString()).isEqualTo(REQUESTED);
		assertThat(RecordingSms.awaitTo("identity", sent.phone, 1)).hasSize(1);
		for (Member member : List.of(wrongName, left, linkedElsewhere, blocked)) {
			assertThat(RecordingSms.to("identity", member.phone)).isEmpty();
		}
		assertThat(this.jdbc.sql("select count(*) from member.identity_code where account_id = :a")
			.param("a", worker.id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// each refusal audited with its reason, under the member the ID number names
		assertThat(audits(wrongName.id, "%申请实名认证未通过：姓名与名册不符，姓名 付海萍%")).isEqualTo(1);
		assertThat(audits(left.id, "%申请实名认证未通过：该会员不在册%")).isEqualTo(1);
		assertThat(audits(linkedElsewhere.id, "%该会员已绑定其他职工账号，未发送验证码")).isEqualTo(1);
		assertThat(audits(noPhone.id, "%名册中没有该会员的有效手机号，未发送验证码")).isEqualTo(1);
		assertThat(audits(blocked.id, "%该账号已被工作人员解除与该会员的绑定，未发送验证码")).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and entity_type = 'member' and entity_id like '%*%'
				and summary like :like""")
			.param("like", "职工账号 #" + worker.id + " 申请实名认证未通过：名册中没有该身份证号%")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anExpiredCodeIsRefused() {
		Member member = member(this.unionA, "石玉兰");
		Worker worker = worker();
		String code = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		this.jdbc.sql("update member.identity_code set expires_at = now() - interval '1 second' where account_id = :a")
			.param("a", worker.id)
			.update();

		Response refused = worker.api.post("/api/v1/me/identity", body("code", code));

		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("验证码错误或已失效");
		assertThat(linkedMember(worker)).isNull();
	}

	@Test
	void fiveWrongGuessesKillTheCode() {
		Member member = member(this.unionA, "石建国");
		Worker worker = worker();
		String code = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		String wrong = code.equals("000000") ? "000001" : "000000";

		for (int i = 0; i < 5; i++) {
			Response refused = worker.api.post("/api/v1/me/identity", body("code", wrong));
			assertThat(refused.status()).as(refused.body()).isEqualTo(422);
			assertThat(refused.json().get("detail").asString()).contains("验证码错误或已失效");
		}
		Response late = worker.api.post("/api/v1/me/identity", body("code", code));

		assertThat(late.status()).as(late.body()).isEqualTo(422);
		assertThat(linkedMember(worker)).isNull();
		// the member's union sees that the code died of wrong guesses
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'UPDATE' and entity_type = 'member' and entity_id = :m and summary = :summary""")
			.param("m", String.valueOf(member.id))
			.param("summary", "实名认证验证码连续输错 5 次已作废：职工账号 #" + worker.id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// a new code starts afresh
		String fresh = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		assertThat(worker.api.post("/api/v1/me/identity", body("code", fresh)).status()).isEqualTo(200);
		assertThat(linkedMember(worker)).isEqualTo(member.id);
	}

	@Test
	void aNewCodeReplacesTheEarlierOne() {
		Member member = member(this.unionA, "石秀英");
		Worker worker = worker();
		String first = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		String second = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		assertThat(RecordingSms.awaitTo("identity", member.phone, 2)).extracting(RecordingSms.Sent::code)
			.containsExactly(first, second);
		if (!first.equals(second)) {
			assertThat(worker.api.post("/api/v1/me/identity", body("code", first)).status()).isEqualTo(422);
		}

		assertThat(worker.api.post("/api/v1/me/identity", body("code", second)).status()).isEqualTo(200);
		assertThat(linkedMember(worker)).isEqualTo(member.id);
	}

	@Test
	void anAccountMakesTenRequestsADayEvenInParallel() throws Exception {
		Worker worker = worker();
		int parallel = 14;
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> futures = new ArrayList<>();
		List<Response> answers = new ArrayList<>();
		try {
			for (int i = 0; i < parallel; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return requestCode(worker, "刘某某", Fixtures.idNumber("420602"));
				}));
			}
			start.countDown();
			for (Future<Response> future : futures) {
				answers.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		// a request that finds another of the account's under way is refused at once
		// rather than waiting on a pooled connection
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).as(answer.body()).isIn(202, 429));
		assertThat(answers).filteredOn((answer) -> answer.status() == 429)
			.allSatisfy((answer) -> assertThat(answer.json().get("detail").asString()).isIn("请求过于频繁，请稍后再试",
					"今日获取验证码已达 10 次上限，请明天再试，或到所在工会当面办理"));
		long accepted = answers.stream().filter((answer) -> answer.status() == 202).count();
		assertThat(accepted).isBetween(1L, 10L);
		assertThat(this.jdbc.sql("select count(*) from member.identity_request where account_id = :a")
			.param("a", worker.id)
			.query(Long.class)
			.single()).isEqualTo(accepted);
		for (long i = accepted; i < 10; i++) {
			assertThat(requestCode(worker, "刘某某", Fixtures.idNumber("420602")).status()).isEqualTo(202);
		}
		Response over = requestCode(worker, "刘某某", Fixtures.idNumber("420602"));
		assertThat(over.status()).isEqualTo(429);
		assertThat(over.json().get("detail").asString()).contains("今日获取验证码已达 10 次上限");
		assertThat(this.jdbc.sql("select count(*) from member.identity_request where account_id = :a")
			.param("a", worker.id)
			.query(Integer.class)
			.single()).isEqualTo(10);
		// the refusals over the cap are audited although the request fails
		long overCap = answers.stream()
			.filter((answer) -> answer.status() == 429 && answer.json().get("detail").asString().contains("上限"))
			.count();
		assertThat(this.jdbc.sql("select count(*) from audit.audit_event where summary like :like")
			.param("like", "职工账号 #" + worker.id + " 申请实名认证被拒：今日申请已达 10 次上限%")
			.query(Long.class)
			.single()).isEqualTo(overCap + 1);
	}

	@Test
	void aRequestOrConfirmationWhileAnotherOfTheAccountIsUnderWayIsRefusedAtOnce() throws Exception {
		Member member = member(this.unionA, "刘志伟");
		Worker worker = worker();
		String code = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		ExecutorService pool = Executors.newSingleThreadExecutor();
		// the lock a request or confirmation of the account holds while it runs
		long key = (0x4943L << 48) | worker.id;
		try (Connection held = this.dataSource.getConnection()) {
			lock(held, "pg_advisory_lock", key);
			try {
				// waiting, each would hold a pooled connection until the other finished
				Response request = pool.submit(() -> requestCode(worker, member.name, member.idNumber))
					.get(10, TimeUnit.SECONDS);
				Response confirm = pool.submit(() -> confirm(worker, code)).get(10, TimeUnit.SECONDS);
				for (Response busy : List.of(request, confirm)) {
					assertThat(busy.status()).as(busy.body()).isEqualTo(429);
					assertThat(busy.json().get("detail").asString()).isEqualTo("请求过于频繁，请稍后再试");
				}
			}
			finally {
				lock(held, "pg_advisory_unlock", key);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// nothing was counted: the code still links
		assertThat(confirm(worker, code).status()).isEqualTo(200);
		assertThat(linkedMember(worker)).isEqualTo(member.id);
	}

	@Test
	void manyParallelRequestsOverTheCapAreRefusedQuicklyAndEachAudited() throws Exception {
		Worker worker = worker();
		for (int i = 0; i < IDENTITY_REQUESTS_PER_DAY; i++) {
			this.jdbc.sql("insert into member.identity_request (account_id, sent) values (:a, false)")
				.param("a", worker.id)
				.update();
		}
		// more than the connection pool holds (20): a refusal that took a second
		// connection
		// while the first and the account's lock are held starved the pool
		int parallel = 30;
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> futures = new ArrayList<>();
		List<Response> answers = new ArrayList<>();
		long began;
		try {
			for (int i = 0; i < parallel; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return requestCode(worker, "刘某某", Fixtures.idNumber("420602"));
				}));
			}
			began = System.nanoTime();
			start.countDown();
			for (Future<Response> future : futures) {
				Response answer = future.get();
				assertThat(answer.status()).as(answer.body()).isEqualTo(429);
				answers.add(answer);
			}
		}
		finally {
			pool.shutdownNow();
		}
		// well under the pool's 30-second wait for a connection
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
		// refused over the cap (audited), or at once while another request of the
		// account holds its lock
		long overCap = answers.stream()
			.filter((answer) -> answer.json().get("detail").asString().contains("上限"))
			.count();
		assertThat(answers).filteredOn((answer) -> !answer.json().get("detail").asString().contains("上限"))
			.allSatisfy((answer) -> assertThat(answer.json().get("detail").asString()).isEqualTo("请求过于频繁，请稍后再试"));
		assertThat(overCap).isPositive();
		assertThat(this.jdbc.sql("select count(*) from audit.audit_event where summary like :like")
			.param("like", "职工账号 #" + worker.id + " 申请实名认证被拒：今日申请已达 10 次上限%")
			.query(Long.class)
			.single()).isEqualTo(overCap);
		assertThat(this.admin.get("/api/v1/orgs?type=NATIONAL_FEDERATION").status()).isEqualTo(200);
	}

	@Test
	void anyRequestKillsTheEarlierCodeSoConfirmingItTellsNothingAboutTheOtherName() {
		Member own = member(this.unionA, "蒋文华");
		Member other = member(this.unionA, "蒋文丽");
		Worker worker = worker();
		Worker otherAccount = worker();
		this.jdbc.sql("insert into member.member_account (account_id, member_id) values (:a, :m)")
			.param("a", otherAccount.id)
			.param("m", other.id)
			.update();

		// a name that sends nothing (linked elsewhere), then one nobody has
		for (Runnable probe : List.<Runnable>of(() -> requestCode(worker, other.name, other.idNumber),
				() -> requestCode(worker, "蒋某某", Fixtures.idNumber("420602")))) {
			String code = requestCode(worker, own.name, own.idNumber).json().get("demoCode").asString();
			probe.run();
			Response confirmed = worker.api.post("/api/v1/me/identity", body("code", code));
			assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(422);
			assertThat(linkedMember(worker)).isNull();
		}
		assertThat(RecordingSms.to("identity", other.phone)).isEmpty();
	}

	@Test
	void everyAnswerTakesAtLeastTheFloorWhetherOrNotItMatches() {
		Member member = member(this.unionA, "蒋志强");
		Worker worker = worker();

		long nobody = timed(() -> requestCode(worker, "蒋某某", Fixtures.idNumber("420602")));
		long wrongName = timed(() -> requestCode(worker, "蒋志刚", member.idNumber));
		long matched = timed(() -> requestCode(worker, member.name, member.idNumber));

		assertThat(RecordingSms.awaitTo("identity", member.phone, 1)).hasSize(1);
		for (long millis : List.of(nobody, wrongName, matched)) {
			assertThat(millis).isGreaterThanOrEqualTo(300);
		}
	}

	@Test
	void aConfirmationTakesAtLeastTheFloorWhetherOrNotACodeIsLive() {
		Member member = member(this.unionA, "蒋志明");
		Worker worker = worker();

		long noCode = timed(() -> assertThat(confirm(worker, "123456").status()).isEqualTo(422));
		String code = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		String wrong = code.equals("000000") ? "000001" : "000000";
		long wrongCode = timed(() -> assertThat(confirm(worker, wrong).status()).isEqualTo(422));
		long rightCode = timed(() -> assertThat(confirm(worker, code).status()).isEqualTo(200));

		assertThat(linkedMember(worker)).isEqualTo(member.id);
		for (long millis : List.of(noCode, wrongCode, rightCode)) {
			assertThat(millis).isGreaterThanOrEqualTo(300);
		}
	}

	@Test
	void refusalsBeforeTheRosterIsReadDoNotWaitForTheFloor() {
		Worker worker = worker();
		Worker capped = worker();
		for (int i = 0; i < IDENTITY_REQUESTS_PER_DAY; i++) {
			this.jdbc.sql("insert into member.identity_request (account_id, sent) values (:a, false)")
				.param("a", capped.id)
				.update();
		}
		int rounds = 4;
		// three refusals a round, each of which would wait 300 ms under the floor
		long millis = timed(() -> {
			for (int i = 0; i < rounds; i++) {
				assertThat(requestCode(worker, " ", Fixtures.idNumber("420602")).status()).isEqualTo(422);
				assertThat(requestCode(worker, "蒋某某", "123").status()).isEqualTo(422);
				assertThat(requestCode(capped, "蒋某某", Fixtures.idNumber("420602")).status()).isEqualTo(429);
			}
		});

		assertThat(millis).isLessThan(rounds * 3 * 300 * 2 / 3);
	}

	@Test
	void overlongNamesAndIdNumbersAreRefusedBeforeAnythingIsWritten() {
		Worker worker = worker();

		Response longName = requestCode(worker, "长".repeat(51), Fixtures.idNumber("420602"));
		Response hugeName = requestCode(worker, "长".repeat(200_000), Fixtures.idNumber("420602"));
		Response longId = requestCode(worker, "蒋某某", Fixtures.idNumber("420602") + "1");

		assertThat(longName.status()).as(longName.body()).isEqualTo(422);
		assertThat(longName.json().get("detail").asString()).isEqualTo("姓名不能超过 50 个字");
		assertThat(hugeName.status()).isBetween(400, 499);
		assertThat(longId.status()).as(longId.body()).isEqualTo(422);
		assertThat(longId.json().get("detail").asString()).contains("身份证号格式不正确");
		assertThat(this.jdbc.sql("select count(*) from member.identity_request where account_id = :a")
			.param("a", worker.id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit.audit_event where summary like :like")
			.param("like", "职工账号 #" + worker.id + " %")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aPairStaffBlockedMeanwhileGetsANeutralAnswer() {
		Member member = member(this.unionA, "蒋海燕");
		Worker worker = worker();
		String code = requestCode(worker, member.name, member.idNumber).json().get("demoCode").asString();
		this.jdbc.sql("insert into member.member_account_unlinked (account_id, member_id) values (:a, :m)")
			.param("a", worker.id)
			.param("m", member.id)
			.update();

		Response refused = worker.api.post("/api/v1/me/identity", body("code", code));

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).isEqualTo("无法完成绑定，请联系所在工会");
		assertThat(linkedMember(worker)).isNull();
	}

	@Test
	void aMemberReceivesFiveCodesADayWhoeverAsks() {
		Member member = member(this.unionA, "孔令辉");
		Worker first = worker();
		Worker second = worker();
		Worker third = worker();
		for (Worker worker : List.of(first, first, second, second, third)) {
			assertThat(requestCode(worker, member.name, member.idNumber).json().has("demoCode")).isTrue();
		}
		assertThat(RecordingSms.awaitTo("identity", member.phone, 5)).hasSize(5);

		Response over = requestCode(third, member.name, member.idNumber);

		assertThat(over.status()).isEqualTo(202);
		assertThat(over.json().get("message").asString()).isEqualTo(REQUESTED);
		assertThat(over.json().has("demoCode")).isFalse();
		assertThat(RecordingSms.awaitTo("identity", member.phone, 6)).hasSize(5);
		assertThat(audits(member.id, "%该会员今日验证码已达 5 条上限，未发送验证码")).isEqualTo(1);
	}

	@Test
	void thePageLinksAndReturnsOnlyToALocalPortalOrPublicPage() {
		Member member = member(this.unionA, "邵文静");
		Worker worker = worker();
		ConsoleClient page = ConsoleClient.signIn(this.port, worker.username, "Passw0rd!");
		assertThat(page.get("/portal/identity?next=/portal/mutual-aid").body()).contains("第一步：填写姓名和身份证号");

		ConsoleClient.Page asked = page.post("/portal/identity/codes",
				Map.of("name", member.name, "idNumber", member.idNumber, "next", "https://evil.example/portal"));
		assertThat(asked.status()).isEqualTo(302);
		assertThat(asked.location()).endsWith("/portal/identity").doesNotContain("evil");
		String shown = page.get("/portal/identity").body();
		assertThat(shown).contains(REQUESTED);
		String code = RecordingSms.awaitTo("identity", member.phone, 1).get(0).code();
		assertThat(shown).contains("<strong id=\"demo-code\">" + code + "</strong>");

		ConsoleClient.Page done = page.post("/portal/identity", Map.of("code", code, "next", "//evil.example/x"));

		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/portal").doesNotContain("evil");
		assertThat(linkedMember(worker)).isEqualTo(member.id);
		assertThat(page.get("/portal/identity").body()).contains("已实名认证", "邵文静", this.unionAName);

		// a local page is where the worker goes back to
		Member second = member(this.unionA, "邵文明");
		Worker other = worker();
		ConsoleClient otherPage = ConsoleClient.signIn(this.port, other.username, "Passw0rd!");
		otherPage.get("/portal/identity");
		otherPage.post("/portal/identity/codes", Map.of("name", second.name, "idNumber", second.idNumber));
		String secondCode = RecordingSms.awaitTo("identity", second.phone, 1).get(0).code();
		ConsoleClient.Page back = otherPage.post("/portal/identity",
				Map.of("code", secondCode, "next", "/portal/competitions?tab=mine"));
		assertThat(back.location()).endsWith("/portal/competitions?tab=mine");
	}

	@Test
	void staffInScopeLinkAWorkerAccountInPersonWithAReasonAudited() {
		Member member = member(this.unionA, "程国栋");
		Worker worker = worker();
		this.jdbc.sql("insert into member.member_account_unlinked (account_id, member_id) values (:a, :m)")
			.param("a", worker.id)
			.param("m", member.id)
			.update();
		ApiClient officerA = staff(this.unionA);
		ApiClient officerB = staff(this.unionB);
		String path = "/api/v1/members/" + member.id + "/account";

		String code = checkCode(worker);
		assertThat(code).matches("[0-9]{8}");
		assertThat(
				officerB.put(path, body("username", worker.username, "checkCode", code, "reason", "当面核验身份证")).status())
			.isEqualTo(404);
		Response noReason = officerA.put(path, body("username", worker.username, "reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("detail").asString()).contains("请填写绑定的原因");
		assertThat(officerA.put(path, body("username", worker.username, "reason", "长".repeat(201))).status())
			.isEqualTo(400);
		// the owner of the account is there: no linking by login name alone
		Response noCode = officerA.put(path, body("username", worker.username, "reason", "当面核验身份证"));
		assertThat(noCode.status()).as(noCode.body()).isEqualTo(422);
		assertThat(noCode.json().get("detail").asString()).contains("请填写职工出示的账号核对码");
		String wrongCode = code.equals("00000000") ? "00000001" : "00000000";
		Response wrong = officerA.put(path,
				body("username", worker.username, "checkCode", wrongCode, "reason", "当面核验身份证"));
		Response unknown = officerA.put(path,
				body("username", "nobody" + System.nanoTime(), "checkCode", code, "reason", "当面核验身份证"));
		String staffName = staffAccount(this.unionA);
		Response notWorker = officerA.put(path, body("username", staffName, "checkCode", code, "reason", "当面核验身份证"));
		// one answer: the form tells nothing about which login names exist
		for (Response refused : List.of(wrong, unknown, notWorker)) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(422);
			assertThat(refused.json().get("detail").asString()).isEqualTo("登录名或账号核对码不正确，请让职工在“实名认证”页面核对登录名和当日的账号核对码");
		}
		Worker linkedToOther = worker();
		String otherCode = checkCode(linkedToOther);
		Member otherMember = member(this.unionA, "程国梁");
		this.jdbc.sql("insert into member.member_account (account_id, member_id) values (:a, :m)")
			.param("a", linkedToOther.id)
			.param("m", otherMember.id)
			.update();
		Response accountLinked = officerA.put(path,
				body("username", linkedToOther.username, "checkCode", otherCode, "reason", "当面核验身份证"));
		assertThat(accountLinked.status()).as(accountLinked.body()).isEqualTo(409);
		assertThat(accountLinked.json().get("detail").asString()).contains("已绑定其他会员");
		assertThat(linkedMember(worker)).isNull();

		Response linked = officerA.put(path,
				body("username", worker.username, "checkCode", code, "reason", "名册无手机号，当面核验身份证"));

		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(linked.json().get("username").asString()).isEqualTo(worker.username);
		assertThat(linkedMember(worker)).isEqualTo(member.id);
		assertThat(this.jdbc.sql("select count(*) from member.member_account_unlinked where member_id = :m")
			.param("m", member.id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'member-account' and entity_id = :m and action = 'CREATE'
				and summary like '%原因：名册无手机号，当面核验身份证'""")
			.param("m", String.valueOf(member.id))
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the member is linked now
		Worker another = worker();
		assertThat(officerA
			.put(path, body("username", another.username, "checkCode", checkCode(another), "reason", "当面核验身份证"))
			.status()).isEqualTo(409);
	}

	@Test
	void staffTypeFiveWrongCheckCodesADayForAnAccountAndTwentyInAll() {
		Member member = member(this.unionA, "程国华");
		Worker worker = worker();
		String officerName = staffAccount(this.unionA);
		ApiClient officer = new ApiClient(this.port).login(officerName, "Passw0rd!");
		long officerId = AccountLinks.accountId(this.jdbc, officerName);
		String path = "/api/v1/members/" + member.id + "/account";
		String code = checkCode(worker);

		for (int i = 0; i < 5; i++) {
			String wrongCode = String.format("%08d", (Long.parseLong(code) + 1 + i) % 100_000_000L);
			Response wrong = officer.put(path,
					body("username", worker.username, "checkCode", wrongCode, "reason", "当面核验身份证"));
			assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
		}
		// the right code no longer helps: guessing stops for the day
		Response refused = officer.put(path, body("username", worker.username, "checkCode", code, "reason", "当面核验身份证"));

		assertThat(refused.status()).as(refused.body()).isEqualTo(429);
		assertThat(refused.json().get("detail").asString()).isEqualTo("账号核对码错误次数过多，请明天再试");
		assertThat(linkedMember(worker)).isNull();
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'member-account' and entity_id = :m and action = 'UPDATE'
				and summary like '工作人员绑定职工账号核对码错误：登录名 %'""")
			.param("m", String.valueOf(member.id))
			.query(Integer.class)
			.single()).isEqualTo(5);
		// another staff account fares no better with this worker account
		ApiClient colleague = staff(this.unionA);
		assertThat(
				colleague.put(path, body("username", worker.username, "checkCode", code, "reason", "当面核验身份证")).status())
			.isEqualTo(429);
		// an unknown login name is counted as a known one is, so 429 tells nothing either
		String nobody = "nobody" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			assertThat(colleague.put(path, body("username", nobody, "checkCode", code, "reason", "当面核验身份证")).status())
				.isEqualTo(422);
		}
		assertThat(colleague.put(path, body("username", nobody, "checkCode", code, "reason", "当面核验身份证")).status())
			.isEqualTo(429);

		// yesterday's failures no longer count
		Worker other = worker();
		for (int i = 0; i < 5; i++) {
			this.jdbc.sql("""
					insert into member.link_failure (staff_account_id, target_account_id, target_username, failed_at)
					values (:s, :t, :u, now() - interval '25 hours')""")
				.param("s", officerId)
				.param("t", other.id)
				.param("u", other.username)
				.update();
		}
		Response linked = officer.put(path,
				body("username", other.username, "checkCode", checkCode(other), "reason", "当面核验身份证"));
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(linkedMember(other)).isEqualTo(member.id);

		// twenty failures today stop the staff account, whichever accounts they named
		for (int i = 0; i < 15; i++) {
			this.jdbc.sql("""
					insert into member.link_failure (staff_account_id, target_username) values (:s, 'someone')""")
				.param("s", officerId)
				.update();
		}
		Member second = member(this.unionA, "程国平");
		Worker third = worker();
		Response staffCapped = officer.put("/api/v1/members/" + second.id + "/account",
				body("username", third.username, "checkCode", checkCode(third), "reason", "当面核验身份证"));
		assertThat(staffCapped.status()).as(staffCapped.body()).isEqualTo(429);
		assertThat(colleague
			.put("/api/v1/members/" + second.id + "/account",
					body("username", third.username, "checkCode", checkCode(third), "reason", "当面核验身份证"))
			.status()).isEqualTo(200);
	}

	@Test
	void staffLinkOnTheMemberPage() {
		Member member = member(this.unionA, "程晓丽");
		Worker worker = worker();
		String officer = staffAccount(this.unionA);
		ConsoleClient console = ConsoleClient.signIn(this.port, officer, "Passw0rd!");
		assertThat(console.get("/console/members/" + member.id).body()).contains("当面核验后绑定职工账号");

		// the code the worker's own page shows
		ConsoleClient workerPage = ConsoleClient.signIn(this.port, worker.username, "Passw0rd!");
		String shown = workerPage.get("/portal/identity").body();
		assertThat(shown).contains("账号核对码", "到工会当面办理实名认证时，请向工作人员出示本码（当日有效）");
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("<strong id=\"check-code\">([0-9]{8})</strong>")
			.matcher(shown);
		assertThat(matcher.find()).as(shown).isTrue();
		String code = matcher.group(1);

		ConsoleClient.Page refused = console.post("/console/members/" + member.id + "/account/link",
				Map.of("username", worker.username, "checkCode", code, "reason", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("请填写绑定的原因");
		ConsoleClient.Page noCode = console.post("/console/members/" + member.id + "/account/link",
				Map.of("username", worker.username, "reason", "职工无法接收短信，当面核验身份证"));
		assertThat(noCode.status()).isEqualTo(200);
		assertThat(noCode.body()).contains("请填写职工出示的账号核对码");
		ConsoleClient.Page wrongCode = console.post("/console/members/" + member.id + "/account/link",
				Map.of("username", worker.username, "checkCode", code.equals("00000000") ? "00000001" : "00000000",
						"reason", "当面核验"));
		assertThat(wrongCode.status()).isEqualTo(200);
		assertThat(wrongCode.body()).contains("登录名或账号核对码不正确");
		assertThat(linkedMember(worker)).isNull();
		ConsoleClient.Page linked = console.post("/console/members/" + member.id + "/account/link",
				Map.of("username", worker.username, "checkCode", code, "reason", "职工无法接收短信，当面核验身份证"));

		assertThat(linked.status()).isEqualTo(302);
		assertThat(linked.location()).endsWith("/console/members/" + member.id);
		assertThat(console.get("/console/members/" + member.id).body())
			.contains("已将职工账号 " + worker.username + " 绑定到该会员");
		assertThat(linkedMember(worker)).isEqualTo(member.id);
	}

	@Test
	void staffDoNotLinkAMemberWhoHasLeft() {
		Member member = member(this.unionA, "程国华");
		this.jdbc.sql("update member.member set status = 'LEFT' where id = :m").param("m", member.id).update();
		Worker worker = worker();

		Response refused = staff(this.unionA).put("/api/v1/members/" + member.id + "/account",
				body("username", worker.username, "checkCode", checkCode(worker), "reason", "当面核验身份证"));

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).isEqualTo("只有在册会员才能绑定职工账号");
		assertThat(linkedMember(worker)).isNull();
	}

	@Test
	void onlyWorkersLinkTheirAccount() {
		ApiClient officer = staff(this.unionA);
		Member member = member(this.unionA, "晏立群");

		assertThat(officer.get("/api/v1/me/identity").status()).isEqualTo(403);
		assertThat(officer.post("/api/v1/me/identity/codes", body("name", member.name, "idNumber", member.idNumber))
			.status()).isEqualTo(403);
		assertThat(officer.post("/api/v1/me/identity", body("code", "123456")).status()).isEqualTo(403);
		assertThat(RecordingSms.to("identity", member.phone)).isEmpty();
	}

	@Test
	void aRepeatedRequestWithTheSameIdempotencyKeyIsAnsweredOnce() {
		Member member = member(this.unionA, "晏秋菊");
		Worker worker = worker();
		Map<String, String> key = Map.of("Idempotency-Key", "identity-" + System.nanoTime());
		Map<String, Object> request = body("name", member.name, "idNumber", member.idNumber);

		Response first = worker.api.post("/api/v1/me/identity/codes", request, key);
		Response again = worker.api.post("/api/v1/me/identity/codes", request, key);

		assertThat(first.status()).isEqualTo(202);
		assertThat(again.status()).isEqualTo(202);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(this.jdbc.sql("select count(*) from member.identity_request where account_id = :a")
			.param("a", worker.id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static long timed(Runnable request) {
		long started = System.nanoTime();
		request.run();
		return (System.nanoTime() - started) / 1_000_000;
	}

	private String checkCode(Worker worker) {
		Response status = worker.api.get("/api/v1/me/identity");
		assertThat(status.status()).as(status.body()).isEqualTo(200);
		return status.json().get("checkCode").asString();
	}

	private Response requestCode(Worker worker, String name, String idNumber) {
		return worker.api.post("/api/v1/me/identity/codes", body("name", name, "idNumber", idNumber));
	}

	private static void lock(Connection connection, String function, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
			statement.setLong(1, key);
			statement.executeQuery().close();
		}
	}

	private Response confirm(Worker worker, String code) {
		return worker.api.post("/api/v1/me/identity", body("code", code));
	}

	private Long linkedMember(Worker worker) {
		return this.jdbc.sql("select member_id from member.member_account where account_id = :a")
			.param("a", worker.id)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private int audits(long memberId, String like) {
		return this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and entity_type = 'member' and entity_id = :m
				and summary like :like""")
			.param("m", String.valueOf(memberId))
			.param("like", like)
			.query(Integer.class)
			.single();
	}

	private long create(Map<String, Object> org) {
		Response response = this.admin.post("/api/v1/orgs", org);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private long union(long parent, String name, String region) {
		return create(body("name", name, "type", "GRASSROOTS_UNION", "parentId", parent, "regionCode", region,
				"employerName", name.replace("工会", ""), "creditCode", Fixtures.creditCode(region), "ownership",
				"NON_PUBLIC", "headcount", 120));
	}

	private Member member(long unionId, String name) {
		String idNumber = Fixtures.idNumber(unionId == this.unionB ? "420625" : "420602");
		String phone = Fixtures.mobile();
		Response response = this.admin.post("/api/v1/members",
				body("name", name, "idNumber", idNumber, "phone", phone, "orgId", unionId));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new Member(response.json().get("id").asLong(), name, idNumber, phone);
	}

	private Worker worker() {
		String username = "idw" + System.nanoTime() % 1_000_000_000L;
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "displayName", "职工", "role", "WORKER"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Worker(created.json().get("id").asLong(), username,
				new ApiClient(this.port).login(username, "Passw0rd!"));
	}

	private String staffAccount(long orgId) {
		String username = "ids" + System.nanoTime() % 1_000_000_000L;
		Response created = this.admin.post("/api/v1/accounts",
				body("username", username, "password", "Passw0rd!", "role", "UNION_OFFICER", "orgId", orgId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	private ApiClient staff(long orgId) {
		return new ApiClient(this.port).login(staffAccount(orgId), "Passw0rd!");
	}

	record Member(long id, String name, String idNumber, String phone) {
	}

	record Worker(long id, String username, ApiClient api) {
	}

}
