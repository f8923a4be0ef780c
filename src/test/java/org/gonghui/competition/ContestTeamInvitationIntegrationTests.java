package org.gonghui.competition;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.Fixtures;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.competition.ContestWorld.teammates;
import static org.gonghui.support.ApiClient.body;

/**
 * A captain's teammates are invited: they join only by confirming from the account linked
 * to them, a pending invitation holds nobody's place, the captain's answers and view are
 * the same whether or not an invitation names a member, and invitations are bounded.
 */
@IntegrationTest
class ContestTeamInvitationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ContestWorld world;

	ApiClient county;

	String countyUser;

	@BeforeEach
	void world() {
		this.world = new ContestWorld(this.port);
		this.countyUser = this.world.account("FEDERATION_STAFF", this.world.countyA);
		this.county = this.world.login(this.countyUser);
	}

	@Test
	void invitedTeammatesJoinOnlyByConfirmingAndEachIsCheckedForEligibility() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "邀请队长", "护士");
		String[] nurse = this.world.member(this.world.unionA2, "受邀护士", "护士");
		String[] accountant = this.world.member(this.world.unionA, "受邀会计", "会计");
		ApiClient captainApi = this.world.login(this.world.account("WORKER", null));

		Response signedUp = captainApi.post("/api/v1/competitions/" + contest + "/sign-ups", body("name", captain[0],
				"idNumber", captain[1], "teamName", "邀请先锋队", "teammates", teammates(nurse, accountant)));

		assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
		long entry = signedUp.json().get("id").asLong();
		JsonNode listed = entry(contest, entry);
		assertThat(listed.get("members").size()).isEqualTo(1);
		assertThat(listed.get("invitations").size()).isEqualTo(2);
		assertThat(listed.get("invitations").get(0).get("name").asString()).isEqualTo(nurse[0]);
		assertThat(listed.get("invitations").get(0).get("idNumberMasked").asString()).contains("*");
		assertThat(listed.toString()).doesNotContain(nurse[1], accountant[1]);
		assertThat(memberRows(contest)).isEqualTo(1);
		// the organiser waits for the whole team
		Response early = this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains("2 名受邀队员未确认");
		ConsoleClient console = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		assertThat(console.get("/console/competitions/" + contest).body()).contains(nurse[0], "待确认");
		String pendingRow = String.join("|",
				ContestTeamIntegrationTests
					.readXlsx(console.download("/console/competitions/" + contest + "/entries.xlsx"))
					.get(1));
		assertThat(pendingRow).contains(nurse[0] + " ", "待确认").doesNotContain(nurse[1]);

		// the nurse sees the invitation, the captain's name masked, and confirms
		ApiClient nurseApi = linkedWorker(nurse);
		JsonNode invitations = nurseApi.get("/api/v1/competitions/invitations").json();
		assertThat(invitations.size()).isEqualTo(1);
		assertThat(invitations.get(0).get("teamName").asString()).isEqualTo("邀请先锋队");
		assertThat(invitations.get(0).get("captainName").asString()).isEqualTo("邀***");
		// nobody else can answer it
		ApiClient stranger = linkedWorker(this.world.member(this.world.unionA, "旁人", "护士"));
		long nurseInvitation = invitations.get(0).get("id").asLong();
		assertThat(stranger.get("/api/v1/competitions/invitations").json().size()).isZero();
		assertThat(stranger.post(confirm(nurseInvitation), Map.of()).status()).isEqualTo(404);
		assertThat(nurseApi.post(confirm(nurseInvitation), Map.of()).status()).isEqualTo(204);
		ApiClient accountantApi = linkedWorker(accountant);
		long accountantInvitation = accountantApi.get("/api/v1/competitions/invitations")
			.json()
			.get(0)
			.get("id")
			.asLong();
		assertThat(accountantApi.post(confirm(accountantInvitation), Map.of()).status()).isEqualTo(204);

		listed = entry(contest, entry);
		JsonNode members = listed.get("members");
		assertThat(members.size()).isEqualTo(3);
		assertThat(listed.get("invitations").size()).isZero();
		assertThat(members.get(1).get("name").asString()).isEqualTo(nurse[0]);
		assertThat(members.get(1).get("ineligibility").size()).isZero();
		// the accountant's own eligibility is checked on confirming, as for any member
		assertThat(members.get(2).get("ineligibility").get(0).asString())
			.isEqualTo("competition.eligibility.trade-mismatch");
		assertThat(listed.get("ineligibility").get(0).asString()).isEqualTo("competition.eligibility.trade-mismatch");
		assertThat(this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of()).status())
			.isEqualTo(422);
		assertThat(console.get("/console/competitions/" + contest).body()).contains(accountant[0], "已确认", "工种不符合要求");
		String row = String.join("|",
				ContestTeamIntegrationTests
					.readXlsx(console.download("/console/competitions/" + contest + "/entries.xlsx"))
					.get(1));
		assertThat(row).contains(nurse[0], "已确认").doesNotContain("待确认");
		// the confirmations read the member's record: audited
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and entity_type = 'member' and summary like :like""")
			.param("like", "竞赛「" + contestName(contest) + "」团体赛队员确认邀请%")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aPendingInvitationHoldsNoPlaceAndConfirmingKeepsOneLiveEntryPerContest() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 2);
		String[] captain = this.world.member(this.world.unionA, "甲队长", "护士");
		String[] sought = this.world.member(this.world.unionA, "抢手护士", "护士");
		String[] other = this.world.member(this.world.unionA2, "乙队长", "护士");
		ApiClient captainApi = this.world.login(this.world.account("WORKER", null));
		Response invited = captainApi.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("name", captain[0], "idNumber", captain[1], "teamName", "甲队", "teammates", teammates(sought)));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);

		// the invitation does not keep the member from entering with another team
		Response elsewhere = this.county.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", other[0], "idNumber", other[1], "teamName", "乙队", "teammates", teammates(sought)));
		assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);

		// now on a live entry, the member cannot also join the first team
		ApiClient soughtApi = linkedWorker(sought);
		long invitation = soughtApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();
		Response confirmed = soughtApi.post(confirm(invitation), Map.of());
		assertThat(confirmed.status()).isEqualTo(409);
		assertThat(confirmed.json().get("detail").asString()).contains("只能参加一支队伍");
		long entry = invited.json().get("id").asLong();
		assertThat(entry(contest, entry).get("members").size()).isEqualTo(1);
		assertThat(entry(contest, entry).get("invitations").size()).isEqualTo(1);

		// once the other team is rejected, the member is free to confirm
		long otherEntry = elsewhere.json().get("id").asLong();
		assertThat(this.county.post("/api/v1/competitions/entries/" + otherEntry + "/reject", body("reason", "重复"))
			.status()).isEqualTo(204);
		assertThat(soughtApi.post(confirm(invitation), Map.of()).status()).isEqualTo(204);
		assertThat(this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of()).status())
			.isEqualTo(200);
	}

	@Test
	void aDeclinedInvitationIsGoneAndATeamShortOfItsSizeIsNotAccepted() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 3, 3);
		String[] captain = this.world.member(this.world.unionA, "三人队长", "护士");
		String[] yes = this.world.member(this.world.unionA, "愿意队员", "护士");
		String[] no = this.world.member(this.world.unionA, "谢绝队员", "护士");
		ApiClient captainApi = this.world.login(this.world.account("WORKER", null));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("name", captain[0], "idNumber", captain[1], "teamName", "三人队", "teammates",
							teammates(yes, no)))
			.json()
			.get("id")
			.asLong();
		ApiClient yesApi = linkedWorker(yes);
		ApiClient noApi = linkedWorker(no);
		long declined = noApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();

		assertThat(yesApi
			.post(confirm(yesApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong()), Map.of())
			.status()).isEqualTo(204);
		assertThat(noApi.post("/api/v1/competitions/invitations/" + declined + "/decline", Map.of()).status())
			.isEqualTo(204);

		assertThat(noApi.get("/api/v1/competitions/invitations").json().size()).isZero();
		assertThat(noApi.post(confirm(declined), Map.of()).status()).isEqualTo(404);
		JsonNode mine = captainApi.get("/api/v1/competitions/entries/mine").json().get(0);
		assertThat(mine.get("invitations").size()).isZero();
		assertThat(mine.get("members").size()).isEqualTo(2);
		Response accept = this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of());
		assertThat(accept.status()).isEqualTo(409);
		assertThat(accept.json().get("detail").asString()).contains("已确认 2 人", "3 至 3 人");
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'contest-entry' and entity_id = :e and summary like :like""")
			.param("e", String.valueOf(entry))
			.param("like", "%" + no[0] + " 谢绝加入%")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theCaptainGetsTheSameAnswerAndSeesTheSameWhetherOrNotAnInviteeIsAMember() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 4);
		String[] captain = this.world.member(this.world.unionA, "同答队长", "护士");
		String[] member = this.world.member(this.world.unionA, "真实会员", "护士");
		String[] stranger = { "查无此人", Fixtures.idNumber("420602") };
		String[] wrongName = { "王冒名", member[1] };
		String captainUser = this.world.account("WORKER", null);
		ApiClient captainApi = this.world.login(captainUser);
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("name", captain[0], "idNumber", captain[1], "teamName", "同答队", "teammates",
							teammates(someone())))
			.json()
			.get("id")
			.asLong();
		withdrawAll(captainApi);
		String path = "/api/v1/competitions/entries/" + entry + "/invitations";
		long before = personalDataReads(contest);

		Response ofMember = captainApi.post(path, body("name", member[0], "idNumber", member[1]));
		Response ofStranger = captainApi.post(path, body("name", stranger[0], "idNumber", stranger[1]));
		withdrawAll(captainApi);
		Response ofWrongName = captainApi.post(path, body("name", wrongName[0], "idNumber", wrongName[1]));

		for (Response response : List.of(ofMember, ofStranger, ofWrongName)) {
			assertThat(response.status()).as(response.body()).isEqualTo(201);
			assertThat(((ObjectNode) response.json().deepCopy()).put("id", 0).toString())
				.isEqualTo(((ObjectNode) ofMember.json().deepCopy()).put("id", 0).toString());
		}
		captainApi.post(path, body("name", stranger[0], "idNumber", stranger[1]));
		JsonNode invitations = captainApi.get("/api/v1/competitions/entries/mine").json().get(0).get("invitations");
		assertThat(invitations.size()).isEqualTo(2);
		// the two invitations differ only in what the captain typed
		assertThat(blind(invitations.get(0))).isEqualTo(blind(invitations.get(1)));
		String page = ConsoleClient.signIn(this.port, captainUser, "Passw0rd1").get("/portal/competitions").body();
		assertThat(page).contains(wrongName[0], stranger[0]).doesNotContain(member[0], member[1], stranger[1]);
		// nothing about anyone was looked up on the captain's behalf
		assertThat(personalDataReads(contest)).isEqualTo(before);
		// an invitation with the wrong name is not the member's to answer
		assertThat(linkedWorker(member).get("/api/v1/competitions/invitations").json().size()).isZero();
	}

	@Test
	void invitationsAreBoundedByTheFreePlacesAndADailyCap() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "限额队长", "护士");
		ApiClient captainApi = this.world.login(this.world.account("WORKER", null));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("name", captain[0], "idNumber", captain[1], "teamName", "限额队", "teammates",
							teammates(someone(), someone())))
			.json()
			.get("id")
			.asLong();
		String path = "/api/v1/competitions/entries/" + entry + "/invitations";
		String[] third = someone();

		Response full = captainApi.post(path, body("name", third[0], "idNumber", third[1]));
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.json().get("detail").asString()).contains("最多 3 人");
		// a team of three may send four a day: withdrawing frees a place, not the count
		withdrawOne(captainApi);
		assertThat(captainApi.post(path, body("name", third[0], "idNumber", third[1])).status()).isEqualTo(201);
		withdrawOne(captainApi);
		String[] fourth = someone();
		assertThat(captainApi.post(path, body("name", fourth[0], "idNumber", fourth[1])).status()).isEqualTo(201);
		withdrawOne(captainApi);
		String[] fifth = someone();
		Response capped = captainApi.post(path, body("name", fifth[0], "idNumber", fifth[1]));

		assertThat(capped.status()).isEqualTo(429);
		assertThat(capped.json().get("detail").asString()).contains("上限（4 次）");
		assertThat(this.jdbc.sql("select count(*) from competition.entry_invitation where entry_id = :e")
			.param("e", entry)
			.query(Long.class)
			.single()).isEqualTo(4);
		// only the captain invites to their team
		ApiClient other = this.world.login(this.world.account("WORKER", null));
		assertThat(other.post(path, body("name", fifth[0], "idNumber", fifth[1])).status()).isEqualTo(404);
	}

	@Test
	void anInvitationCannotBeConfirmedOnceSignUpHasClosed() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 2);
		String[] captain = this.world.member(this.world.unionA, "迟到队长", "护士");
		String[] late = this.world.member(this.world.unionA, "迟到队员", "护士");
		ApiClient captainApi = this.world.login(this.world.account("WORKER", null));
		captainApi.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("name", captain[0], "idNumber", captain[1], "teamName", "迟到队", "teammates", teammates(late)));
		ApiClient lateApi = linkedWorker(late);
		long invitation = lateApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();
		this.jdbc.sql("""
				update competition.contest set sign_up_opens_on = current_date - 3, sign_up_closes_on = current_date - 2
				where id = :c""").param("c", contest).update();

		Response confirmed = lateApi.post(confirm(invitation), Map.of());

		assertThat(confirmed.status()).isEqualTo(409);
		assertThat(confirmed.json().get("detail").asString()).contains("报名已截止");
		assertThat(lateApi.get("/api/v1/competitions/invitations").json().size()).isZero();
		assertThat(memberRows(contest)).isEqualTo(1);
	}

	@Test
	void anInviteeWithoutALinkedAccountProvesWhoTheyAreWithOneAnswerForEveryRefusal() {
		String[] member = this.world.member(this.world.unionA, "待核验护士", "护士");
		String username = this.world.account("WORKER", null);
		ConsoleClient portal = ConsoleClient.signIn(this.port, username, "Passw0rd1");
		assertThat(portal.get("/portal/competitions").body()).contains("请先核验会员身份");

		portal.post("/portal/competitions/verify", Map.of("name", "王冒名", "idNumber", member[1]));
		String wrongName = portal.get("/portal/competitions").body();
		portal.post("/portal/competitions/verify", Map.of("name", member[0], "idNumber", Fixtures.idNumber("420602")));
		String unknown = portal.get("/portal/competitions").body();
		assertThat(wrongName).contains("未能核验您的会员身份");
		assertThat(unknown).contains("未能核验您的会员身份");
		assertThat(links(username)).isZero();

		portal.post("/portal/competitions/verify", Map.of("name", member[0], "idNumber", member[1]));
		assertThat(portal.get("/portal/competitions").body()).contains("会员身份已核验").doesNotContain("请先核验会员身份");
		assertThat(links(username)).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and summary like '竞赛队伍邀请实名核验%' and summary like :account""")
			.param("account", "%#" + accountId(username) + "%")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	private long links(String username) {
		return this.jdbc.sql("select count(*) from member.member_account where account_id = :a")
			.param("a", accountId(username))
			.query(Long.class)
			.single();
	}

	private long accountId(String username) {
		return this.jdbc.sql("select id from account.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private String[] someone() {
		return new String[] { "路人" + System.nanoTime() % 10_000, Fixtures.idNumber("420602") };
	}

	private void withdrawOne(ApiClient captain) {
		JsonNode invitations = captain.get("/api/v1/competitions/entries/mine").json().get(0).get("invitations");
		assertThat(captain.delete("/api/v1/competitions/invitations/" + invitations.get(0).get("id").asLong()).status())
			.isEqualTo(204);
	}

	private void withdrawAll(ApiClient captain) {
		for (JsonNode invitation : captain.get("/api/v1/competitions/entries/mine").json().get(0).get("invitations")) {
			assertThat(captain.delete("/api/v1/competitions/invitations/" + invitation.get("id").asLong()).status())
				.isEqualTo(204);
		}
	}

	private static String blind(JsonNode invitation) {
		ObjectNode copy = (ObjectNode) invitation.deepCopy();
		copy.put("id", 0).put("name", "").put("idNumberMasked", "").put("invitedAt", "");
		return copy.toString();
	}

	/** A worker account linked to this member, as after 实名核验, signed in. */
	private ApiClient linkedWorker(String[] member) {
		String username = this.world.account("WORKER", null);
		this.jdbc.sql("""
				insert into member.member_account (account_id, member_id)
				select (select id from account.account where username = :user),
				       (select id from member.member where name = :name order by id desc limit 1)""")
			.param("user", username)
			.param("name", member[0])
			.update();
		return this.world.login(username);
	}

	private long personalDataReads(long contest) {
		return this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and summary like :like""")
			.param("like", "竞赛「" + contestName(contest) + "」%")
			.query(Long.class)
			.single();
	}

	private String contestName(long contest) {
		return this.jdbc.sql("select name from competition.contest where id = :c")
			.param("c", contest)
			.query(String.class)
			.single();
	}

	private static String confirm(long invitation) {
		return "/api/v1/competitions/invitations/" + invitation + "/confirm";
	}

	private long memberRows(long contest) {
		return this.jdbc.sql("select count(*) from competition.entry_member where contest_id = :c")
			.param("c", contest)
			.query(Long.class)
			.single();
	}

	private JsonNode entry(long contest, long entry) {
		for (JsonNode node : this.county.get("/api/v1/competitions/" + contest + "/entries").json()) {
			if (node.get("id").asLong() == entry) {
				return node;
			}
		}
		throw new AssertionError("entry " + entry + " not listed");
	}

}
