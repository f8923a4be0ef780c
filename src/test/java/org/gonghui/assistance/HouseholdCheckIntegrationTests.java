package org.gonghui.assistance;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * One household, one file, when the applicant is a worker typing ID numbers and when two
 * applications naming each other arrive at the same instant (made so by holding the
 * household lock until both wait for it).
 */
@IntegrationTest
class HouseholdCheckIntegrationTests {

	@LocalServerPort
	int port;

	/**
	 * The advisory-lock namespace of the one-household check ("HC"), keyed by member id:
	 * must match HOUSEHOLD_LOCK in
	 * {@code org.gonghui.assistance.internal.HardshipCaseRepository}.
	 */
	private static final long HOUSEHOLD_LOCK = 0x4843L << 48;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	@Autowired
	DataSource dataSource;

	AssistanceTestTree tree;

	ApiClient officer;

	@BeforeEach
	void tree() {
		this.tree = new AssistanceTestTree(this.port);
		this.officer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
	}

	@Test
	void aWorkerIsNotToldWhoseFileAPersonTheyListIsOnAndTheRefusalIsAuditedUnderThatFile() {
		AssistanceTestTree.Member onFile = this.tree.member(this.tree.unionA, "韩一鸣", "420602");
		String file = this.tree.apply(this.officer, onFile.id());
		AssistanceTestTree.Member applicant = this.tree.member(this.tree.unionA, "韩二", "420602");
		String username = this.tree.account(null, "WORKER", "韩二");
		AccountLinks.link(this.members, this.jdbc, username, applicant.id());
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");

		Response refused = worker.post("/api/v1/assistance/cases",
				body("householdMembers",
						List.of(body("name", "韩二", "relation", "本人"),
								body("name", "哥哥", "relation", "兄弟", "idNumber", onFile.idNumber())),
						"monthlyIncome", "1000", "causes", List.of("ILLNESS")));

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("家庭成员 哥哥")
			.contains("同一家庭只建一份档案")
			.doesNotContain("韩*")
			.doesNotContain("韩一鸣");
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'hardship-case' and entity_id = :file and action = 'READ_PERSONAL_DATA'
				  and actor_name = :worker""")
			.param("file", file)
			.param("worker", username)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from assistance.hardship_case where member_id = :m")
			.param("m", applicant.id())
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * Only the lock both applications share is held here: the one of the smaller of the
	 * two member ids (each locks both, in ascending order). Both must wait on it, so a
	 * check that locked only the applicant (or no one) fails here every time; and once
	 * released, the lock alone keeps them from both passing.
	 */
	@Test
	void ofTwoApplicationsListingEachOtherAtTheSameInstantExactlyOnePasses() throws Exception {
		ApiClient secondOfficer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		AssistanceTestTree.Member husband = this.tree.member(this.tree.unionA, "许大伟", "420602");
		AssistanceTestTree.Member wife = this.tree.member(this.tree.unionA, "林小红", "420602");

		List<Integer> statuses = heldBackTogether(Math.min(husband.id(), wife.id()),
				() -> this.officer.post("/api/v1/assistance/cases", listing(husband, wife)),
				() -> secondOfficer.post("/api/v1/assistance/cases", listing(wife, husband)));

		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(this.jdbc.sql("select count(*) from assistance.hardship_case where member_id in (:a, :b)")
			.param("a", husband.id())
			.param("b", wife.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/**
	 * Only the son's lock is held: the one key both applications share, neither as
	 * applicant. A check that locked only the applicant would not wait for it, and fails.
	 */
	@Test
	void ofTwoApplicationsListingTheSamePersonAtTheSameInstantExactlyOnePasses() throws Exception {
		ApiClient secondOfficer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		AssistanceTestTree.Member father = this.tree.member(this.tree.unionA, "蒋父", "420602");
		AssistanceTestTree.Member mother = this.tree.member(this.tree.unionA, "沈母", "420602");
		AssistanceTestTree.Member son = this.tree.member(this.tree.unionA, "蒋子", "420602");

		List<Integer> statuses = heldBackTogether(son.id(),
				() -> this.officer.post("/api/v1/assistance/cases", listing(father, son)),
				() -> secondOfficer.post("/api/v1/assistance/cases", listing(mother, son)));

		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(this.jdbc.sql("select count(*) from assistance.household_person where member_id = :s")
			.param("s", son.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static java.util.Map<String, Object> listing(AssistanceTestTree.Member applicant,
			AssistanceTestTree.Member relative) {
		return body("memberId", applicant.id(), "householdMembers",
				List.of(body("name", applicant.name(), "relation", "本人"),
						body("name", relative.name(), "relation", "家属", "idNumber", relative.idNumber())),
				"monthlyIncome", "1000", "causes", List.of("ILLNESS"));
	}

	/**
	 * Holds the household lock of one member on a connection of its own, sends the
	 * requests, waits until every one of them is blocked on that lock (and none has
	 * answered), then releases it and returns the statuses in request order.
	 */
	@SafeVarargs
	private List<Integer> heldBackTogether(long memberId, Callable<Response>... requests) throws Exception {
		List<Long> keys = List.of(HOUSEHOLD_LOCK | memberId);
		ExecutorService pool = Executors.newFixedThreadPool(requests.length);
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			for (long key : keys) {
				try (Statement statement = holder.createStatement()) {
					statement.execute("select pg_advisory_xact_lock(" + key + ")");
				}
			}
			List<Future<Response>> results = new ArrayList<>();
			for (Callable<Response> request : requests) {
				results.add(pool.submit(request));
			}
			awaitWaiting(keys, requests.length);
			assertThat(results).as("no application may answer while the household lock is held")
				.noneMatch(Future::isDone);
			holder.commit();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Response> result : results) {
				statuses.add(result.get(30, TimeUnit.SECONDS).status());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Waits until {@code count} sessions wait for these advisory locks. */
	private void awaitWaiting(List<Long> keys, int count) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		long waiting = 0;
		while (System.nanoTime() < until) {
			// a bigint advisory key is split into classid (high half) and objid (low
			// half)
			waiting = this.jdbc.sql("""
					select count(*) from pg_locks
					where locktype = 'advisory' and objsubid = 1 and not granted
					  and ((classid::bigint << 32) | objid::bigint) in (:keys)""")
				.param("keys", keys)
				.query(Long.class)
				.single();
			if (waiting >= count) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("expected " + count + " applications waiting for the household lock, saw " + waiting
				+ ": unserialised");
	}

}
