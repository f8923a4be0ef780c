package org.gonghui.assistance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.support.ApiClient.body;

/**
 * A worker applies for hardship help, and reads hardship files, only as the member their
 * account is linked to (实名认证): without a link they are sent to 实名认证 and nothing is
 * written; staff refusals do not show files outside their scope.
 */
@IntegrationTest
class WorkerIdentityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberDirectory members;

	AssistanceTestTree tree;

	@BeforeEach
	void tree() {
		this.tree = new AssistanceTestTree(this.port);
	}

	@Test
	void aLinkedWorkerFilesOnlyAsTheLinkedMemberWhateverTheApplicationNames() {
		AssistanceTestTree.Member victim = this.tree.member(this.tree.unionA, "邹秀兰", "420602");
		AssistanceTestTree.Member own = this.tree.member(this.tree.unionA, "邹小兵", "420602");
		String username = this.tree.account(null, "WORKER", "邹小兵");
		AccountLinks.link(this.members, this.jdbc, username, own.id());
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");

		Response filed = apply(worker, victim);

		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		assertThat(cases(victim)).isZero();
		assertThat(cases(own)).isEqualTo(1);
		assertThat(worker.get("/api/v1/assistance/my-cases").json().size()).isEqualTo(1);
	}

	@Test
	void anUnlinkedWorkerIsSentToIdentityAndNothingIsFiledOrLinked() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "甘立新", "420602");
		String username = this.tree.account(null, "WORKER", "甘立新");
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");

		Response refused = apply(worker, member);

		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).startsWith("请先完成实名认证");
		assertThat(cases(member)).isZero();
		assertThat(AccountLinks.linksOf(this.jdbc, member.id())).isZero();
		assertThat(memberReadsAudited(member, username, "%")).isZero();
		// the page points to 实名认证 instead of the form, and its form writes nothing either
		ConsoleClient portal = ConsoleClient.signIn(this.port, username, "Passw0rd!");
		String page = portal.get("/portal/assistance/apply").body();
		assertThat(page).contains("/portal/identity?next=/portal/assistance/apply")
			.doesNotContain("name=\"household\"");
		ConsoleClient.Page posted = portal.post("/portal/assistance/apply",
				Map.of("memberName", member.name(), "idNumber", member.idNumber(), "household", member.name() + " 本人",
						"monthlyIncome", "1000", "causes", "ILLNESS"));
		assertThat(posted.body()).contains("请先完成实名认证", "/portal/identity?next=/portal/assistance/apply");
		assertThat(cases(member)).isZero();
		assertThat(AccountLinks.linksOf(this.jdbc, member.id())).isZero();
	}

	@Test
	void theApplyPageShowsTheLinkedMemberAndFilesAsThem() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "符海英", "420602");
		AssistanceTestTree.Member other = this.tree.member(this.tree.unionA, "符旁人", "420602");
		String username = this.tree.account(null, "WORKER", "符海英");
		AccountLinks.link(this.members, this.jdbc, username, member.id());
		ConsoleClient portal = ConsoleClient.signIn(this.port, username, "Passw0rd!");

		String page = portal.get("/portal/assistance/apply").body();
		assertThat(page).contains("value=\"" + member.name() + "\"", "readonly")
			.doesNotContain("name=\"idNumber\"", "name=\"memberName\"");
		ConsoleClient.Page posted = portal.post("/portal/assistance/apply", Map.of("memberName", other.name(),
				"idNumber", other.idNumber(), "household", "符海英 本人", "monthlyIncome", "1000", "causes", "ILLNESS"));

		assertThat(posted.location()).as(posted.status() + posted.body()).contains("/portal/assistance/cases/");
		assertThat(cases(member)).isEqualTo(1);
		assertThat(cases(other)).isZero();
	}

	@Test
	void afterStaffUnlinkTheAccountNoLongerReadsTheFilesNorFilesAgain() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "柯海燕", "420602");
		String username = this.tree.account(null, "WORKER", "柯海燕");
		AccountLinks.link(this.members, this.jdbc, username, member.id());
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");
		Response filed = apply(worker, member);
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		assertThat(worker.get("/api/v1/assistance/my-cases").json().size()).isEqualTo(1);

		ApiClient officer = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		Response unlinked = officer.delete("/api/v1/members/" + member.id() + "/account", body("reason", "亲属冒用身份证号核验"));
		assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(204);

		assertThat(worker.get("/api/v1/assistance/my-cases").json().size()).isZero();
		Response again = apply(worker, member);
		assertThat(again.status()).as(again.body()).isEqualTo(403);
		assertThat(AccountLinks.linksOf(this.jdbc, member.id())).isZero();
		assertThat(cases(member)).isEqualTo(1);
	}

	@Test
	void aLinkedMemberWhoAlreadyHasAFileIsRefused() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "葛春梅", "420602");
		this.tree.apply(this.tree.staff(this.tree.unionA, "UNION_OFFICER"), member.id());
		String username = this.tree.account(null, "WORKER", "葛春梅");
		AccountLinks.link(this.members, this.jdbc, username, member.id());
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");

		Response refused = apply(worker, member);

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("葛春梅").contains("一户一档");
		assertThat(cases(member)).isEqualTo(1);
	}

	@Test
	void theMigrationLinksAnAccountThatFiledForItselfBeforeApplicationsLinkedAccounts() throws Exception {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "卢晓峰", "420602");
		String username = this.tree.account(null, "WORKER", "卢晓峰");
		AccountLinks.link(this.members, this.jdbc, username, member.id());
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");
		assertThat(apply(worker, member).status()).isEqualTo(201);
		// a file from before: the account filed for itself but was never linked
		this.jdbc.sql("delete from member.member_account where member_id = :m").param("m", member.id()).update();
		assertThat(worker.get("/api/v1/assistance/my-cases").json().size()).isZero();

		String migration;
		try (java.io.InputStream in = getClass()
			.getResourceAsStream("/db/migration/V6_4__self_applicant_account_links.sql")) {
			migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		this.jdbc.sql(migration).update();

		assertThat(this.jdbc
			.sql("select member_id from member.member_account where account_id = "
					+ "(select id from account.account where username = :u)")
			.param("u", username)
			.query(Long.class)
			.single()).isEqualTo(member.id());
		assertThat(worker.get("/api/v1/assistance/my-cases").json().size()).isEqualTo(1);
	}

	@Test
	void anUnlinkedWorkersBadlyFilledFormIsSentToIdentityFirst() {
		AssistanceTestTree.Member member = this.tree.member(this.tree.unionA, "滕雪松", "420602");
		String username = this.tree.account(null, "WORKER", "滕雪松");
		ApiClient worker = new ApiClient(this.port).login(username, "Passw0rd!");

		Response refused = worker.post("/api/v1/assistance/cases",
				body("idNumber", member.idNumber(), "memberName", member.name(), "householdMembers",
						List.of(body("name", member.name(), "relation", "本人")), "monthlyIncome", "1000", "causes",
						List.of()));

		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(memberReadsAudited(member, username, "%")).isZero();
		assertThat(AccountLinks.linksOf(this.jdbc, member.id())).isZero();
	}

	@Test
	void staffAreNotShownAFileOutsideTheirScopeAndTheRefusalIsAudited() {
		ApiClient officerB = this.tree.staff(this.tree.unionB, "UNION_OFFICER");
		AssistanceTestTree.Member onFile = this.tree.member(this.tree.unionB, "龚长河", "420625");
		String file = this.tree.apply(officerB, onFile.id());
		ApiClient officerA = this.tree.staff(this.tree.unionA, "UNION_OFFICER");
		AssistanceTestTree.Member applicant = this.tree.member(this.tree.unionA, "龚二河", "420602");

		Response refused = officerA.post("/api/v1/assistance/cases",
				body("memberId", applicant.id(), "householdMembers",
						List.of(body("name", "龚二河", "relation", "本人"),
								body("name", "哥哥", "relation", "兄弟", "idNumber", onFile.idNumber())),
						"monthlyIncome", "1000", "causes", List.of("ILLNESS")));

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("家庭成员 哥哥")
			.doesNotContain("龚*")
			.doesNotContain("龚长河");
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'hardship-case' and entity_id = :file and action = 'READ_PERSONAL_DATA'""")
			.param("file", file)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(cases(applicant)).isZero();
	}

	private static Response apply(ApiClient worker, AssistanceTestTree.Member as) {
		return worker.post("/api/v1/assistance/cases",
				body("idNumber", as.idNumber(), "memberName", as.name(), "householdMembers",
						List.of(body("name", as.name(), "relation", "本人")), "monthlyIncome", "1000", "causes",
						List.of("ILLNESS")));
	}

	private int cases(AssistanceTestTree.Member member) {
		return this.jdbc.sql("select count(*) from assistance.hardship_case where member_id = :m")
			.param("m", member.id())
			.query(Integer.class)
			.single();
	}

	private int memberReadsAudited(AssistanceTestTree.Member member, String username, String summaryLike) {
		return this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'member' and entity_id = :m and action = 'READ_PERSONAL_DATA'
				  and actor_name = :worker and summary like :summary""")
			.param("m", String.valueOf(member.id()))
			.param("worker", username)
			.param("summary", summaryLike)
			.query(Integer.class)
			.single();
	}

}
