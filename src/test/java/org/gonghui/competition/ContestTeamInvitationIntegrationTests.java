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

import org.gonghui.member.MemberDirectory;
import org.gonghui.support.AccountLinks;
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

	@Autowired
	MemberDirectory members;

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
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));

		Response signedUp = captainApi.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("teamName", "邀请先锋队", "teammates", teammates(nurse, accountant)));

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
		assertThat(stranger.post(confirm(nurseInvitation), body("code", "000000")).status()).isEqualTo(404);
		assertThat(stranger.post(code(nurseInvitation), Map.of()).status()).isEqualTo(404);
		assertThat(confirmed(nurseApi, nurseInvitation).status()).isEqualTo(204);
		ApiClient accountantApi = linkedWorker(accountant);
		long accountantInvitation = accountantApi.get("/api/v1/competitions/invitations")
			.json()
			.get(0)
			.get("id")
			.asLong();
		assertThat(confirmed(accountantApi, accountantInvitation).status()).isEqualTo(204);

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
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		Response invited = captainApi.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("teamName", "甲队", "teammates", teammates(sought)));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);

		// the invitation does not keep the member from entering with another team
		Response elsewhere = this.county.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", other[0], "idNumber", other[1], "teamName", "乙队", "teammates", teammates(sought)));
		assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);

		// now on a live entry, the member cannot also join the first team
		ApiClient soughtApi = linkedWorker(sought);
		long invitation = soughtApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();
		Response confirmed = confirmed(soughtApi, invitation);
		assertThat(confirmed.status()).isEqualTo(409);
		assertThat(confirmed.json().get("detail").asString()).contains("只能参加一支队伍");
		// the refusal rolled the confirmation back; the read of the member's record and
		// the refusal are still on record
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where action = 'READ_PERSONAL_DATA' and entity_type = 'member' and summary like :like""")
			.param("like", "团体赛队员确认邀请 #" + invitation + " 被拒%already-entered%")
			.query(Long.class)
			.single()).isEqualTo(1);
		long entry = invited.json().get("id").asLong();
		assertThat(entry(contest, entry).get("members").size()).isEqualTo(1);
		assertThat(entry(contest, entry).get("invitations").size()).isEqualTo(1);

		// once the other team is rejected, the member is free to confirm
		long otherEntry = elsewhere.json().get("id").asLong();
		assertThat(this.county.post("/api/v1/competitions/entries/" + otherEntry + "/reject", body("reason", "重复"))
			.status()).isEqualTo(204);
		assertThat(confirmed(soughtApi, invitation).status()).isEqualTo(204);
		assertThat(this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of()).status())
			.isEqualTo(200);
	}

	@Test
	void aDeclinedInvitationIsGoneAndATeamShortOfItsSizeIsNotAccepted() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 3, 3);
		String[] captain = this.world.member(this.world.unionA, "三人队长", "护士");
		String[] yes = this.world.member(this.world.unionA, "愿意队员", "护士");
		String[] no = this.world.member(this.world.unionA, "谢绝队员", "护士");
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "三人队", "teammates", teammates(yes, no)))
			.json()
			.get("id")
			.asLong();
		ApiClient yesApi = linkedWorker(yes);
		ApiClient noApi = linkedWorker(no);
		long declined = noApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();

		assertThat(confirmed(yesApi, yesApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong())
			.status()).isEqualTo(204);
		assertThat(noApi.post("/api/v1/competitions/invitations/" + declined + "/decline", Map.of()).status())
			.isEqualTo(204);

		assertThat(noApi.get("/api/v1/competitions/invitations").json().size()).isZero();
		assertThat(noApi.post(confirm(declined), body("code", "000000")).status()).isEqualTo(404);
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
		String captainUser = this.world.worker(this.members, this.jdbc, captain);
		ApiClient captainApi = this.world.login(captainUser);
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "同答队", "teammates", teammates(someone())))
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
			assertThat(response.status()).as(response.body()).isEqualTo(ofMember.status()).isEqualTo(201);
			assertThat(response.contentType()).isEqualTo(ofMember.contentType());
			// the same shape: one field, the new invitation's id, and nothing else
			assertThat(response.json().propertyNames()).containsExactly("id");
			assertThat(response.json().get("id").isIntegralNumber()).isTrue();
		}
		captainApi.post(path, body("name", stranger[0], "idNumber", stranger[1]));
		JsonNode invitations = captainApi.get("/api/v1/competitions/entries/mine").json().get(0).get("invitations");
		assertThat(invitations.size()).isEqualTo(2);
		// the two invitations differ only in what the captain typed
		assertThat(blind(invitations.get(0))).isEqualTo(blind(invitations.get(1)));
		String page = ConsoleClient.signIn(this.port, captainUser, "Passw0rd1").get("/portal/competitions").body();
		assertThat(page).contains(wrongName[0], stranger[0]).doesNotContain(member[0], member[1], stranger[1]);
		// on the page too, the two rows differ only in what the captain typed
		assertThat(row(page, wrongName[0], invitations.get(0))).isEqualTo(row(page, stranger[0], invitations.get(1)));
		// nothing about anyone was looked up on the captain's behalf
		assertThat(personalDataReads(contest)).isEqualTo(before);
		// an invitation with the wrong name is not the member's to answer
		assertThat(linkedWorker(member).get("/api/v1/competitions/invitations").json().size()).isZero();
	}

	@Test
	void invitationsAreBoundedByTheFreePlacesAndADailyCap() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "限额队长", "护士");
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "限额队", "teammates", teammates(someone(), someone())))
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
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		captainApi.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("teamName", "迟到队", "teammates", teammates(late)));
		ApiClient lateApi = linkedWorker(late);
		long invitation = lateApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();
		String code = lateApi.post(code(invitation), Map.of()).json().get("demoCode").asString();
		this.jdbc.sql("""
				update competition.contest set sign_up_opens_on = current_date - 3, sign_up_closes_on = current_date - 2
				where id = :c""").param("c", contest).update();

		Response confirmed = lateApi.post(confirm(invitation), body("code", code));

		assertThat(confirmed.status()).isEqualTo(409);
		assertThat(confirmed.json().get("detail").asString()).contains("报名已截止");
		assertThat(lateApi.get("/api/v1/competitions/invitations").json().size()).isZero();
		assertThat(memberRows(contest)).isEqualTo(1);
	}

	@Test
	void anInviteeWithoutALinkedAccountIsSentToIdentityAndCannotProveWhoTheyAreHere() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 2);
		String[] captain = this.world.member(this.world.unionA, "认证队长", "护士");
		String[] member = this.world.member(this.world.unionA, "待认证护士", "护士");
		assertThat(this.world.login(this.world.worker(this.members, this.jdbc, captain))
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "认证队", "teammates", teammates(member)))
			.status()).isEqualTo(201);
		String username = this.world.account("WORKER", null);
		ConsoleClient portal = ConsoleClient.signIn(this.port, username, "Passw0rd1");
		ApiClient api = this.world.login(username);

		assertThat(portal.get("/portal/competitions").body()).contains("/portal/identity?next=/portal/competitions")
			.doesNotContain("name=\"idNumber\"");
		// the contest's own name-and-ID-number check is gone: only 实名认证 links
		ConsoleClient.Page verify = portal.post("/portal/competitions/verify",
				Map.of("name", member[0], "idNumber", member[1]));
		Response identity = api.post("/api/v1/competitions/identity", body("name", member[0], "idNumber", member[1]));

		assertThat(verify.status()).isIn(404, 405);
		assertThat(identity.status()).isIn(404, 405);
		assertThat(links(username)).isZero();
		assertThat(api.get("/api/v1/competitions/invitations").json().size()).isZero();
		// once linked, the invitation shows
		AccountLinks.link(this.members, this.jdbc, username, this.members.findByIdNumber(member[1]).orElseThrow().id());
		assertThat(api.get("/api/v1/competitions/invitations").json().size()).isEqualTo(1);
		assertThat(portal.get("/portal/competitions").body()).contains("认证队").doesNotContain("/portal/identity");
	}

	@Test
	void onlyTheCaptainManagesTheTeamEvenAgainstOtherLinkedWorkers() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "管队队长", "护士");
		String[] mate = this.world.member(this.world.unionA, "管队队员", "护士");
		String[] rival = this.world.member(this.world.unionA, "别队队长", "护士");
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "管队", "teammates", teammates(mate, someone())))
			.json()
			.get("id")
			.asLong();
		ApiClient mateApi = linkedWorker(mate);
		long mateInvitation = mateApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();
		assertThat(confirmed(mateApi, mateInvitation).status()).isEqualTo(204);
		// a second captain, linked to their own member and with their own team
		ApiClient rivalApi = this.world.login(this.world.worker(this.members, this.jdbc, rival));
		assertThat(rivalApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "别队", "teammates", teammates(someone())))
			.status()).isEqualTo(201);
		long pending = captainApi.get("/api/v1/competitions/entries/mine")
			.json()
			.get(0)
			.get("invitations")
			.get(0)
			.get("id")
			.asLong();
		String path = "/api/v1/competitions/entries/" + entry + "/invitations";
		String[] more = someone();

		for (ApiClient notCaptain : List.of(rivalApi, mateApi)) {
			assertThat(notCaptain.delete("/api/v1/competitions/invitations/" + pending).status()).isEqualTo(404);
			assertThat(notCaptain.post(path, body("name", more[0], "idNumber", more[1])).status()).isEqualTo(404);
			assertThat(notCaptain.delete("/api/v1/competitions/entries/" + entry + "/members/1").status())
				.isEqualTo(404);
		}
		assertThat(rivalApi.delete("/api/v1/competitions/entries/" + entry + "/members/2").status()).isEqualTo(404);
		assertThat(captainApi.get("/api/v1/competitions/entries/mine").json().get(0).get("invitations").size())
			.isEqualTo(1);
		assertThat(entry(contest, entry).get("members").size()).isEqualTo(2);

		// the teammate sees names and states, nothing else about anyone
		JsonNode mateView = mateApi.get("/api/v1/competitions/entries/mine").json().get(0);
		assertThat(mateView.get("captain").asBoolean()).isFalse();
		assertThat(mateView.get("invitations").size()).isZero();
		assertThat(mateView.get("members").get(0).get("state").asString()).isEqualTo("CAPTAIN");
		assertThat(mateView.get("members").get(1).get("state").asString()).isEqualTo("CONFIRMED");
		assertThat(mateView.get("members").get(1).get("you").asBoolean()).isTrue();
		assertThat(mateView.toString()).doesNotContain("memberId", "orgPath", "accountId", "idNumberMasked",
				"ineligibility", "employer", captain[1]);
		JsonNode captainView = captainApi.get("/api/v1/competitions/entries/mine").json().get(0);
		assertThat(captainView.get("captain").asBoolean()).isTrue();
		assertThat(captainView.toString()).doesNotContain("memberId", "orgPath", "accountId", "ineligibility");
	}

	@Test
	void aRejectedEntryClosesItsInvitationsAndANominatedTeamTakesNone() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "驳回队长", "护士");
		String[] invitee = this.world.member(this.world.unionA, "驳回受邀", "护士");
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "驳回队", "teammates", teammates(invitee)))
			.json()
			.get("id")
			.asLong();
		ApiClient inviteeApi = linkedWorker(invitee);
		long invitation = inviteeApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();

		assertThat(
				this.county.post("/api/v1/competitions/entries/" + entry + "/reject", body("reason", "材料不全")).status())
			.isEqualTo(204);

		assertThat(inviteeApi.get("/api/v1/competitions/invitations").json().size()).isZero();
		assertThat(inviteeApi.post(code(invitation), Map.of()).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select status from competition.entry_invitation where id = :i")
			.param("i", invitation)
			.query(String.class)
			.single()).isEqualTo("WITHDRAWN");

		// a union's nomination is complete when made: its captain invites nobody
		String[] nominee = this.world.member(this.world.unionA, "推荐队长", "护士");
		String[] nominatedMate = this.world.member(this.world.unionA, "推荐队员", "护士");
		long nominated = this.county
			.post("/api/v1/competitions/" + contest + "/nominations",
					body("name", nominee[0], "idNumber", nominee[1], "teamName", "推荐队", "teammates",
							teammates(nominatedMate)))
			.json()
			.get("id")
			.asLong();
		ApiClient nomineeApi = linkedWorker(nominee);
		String[] more = someone();
		assertThat(nomineeApi
			.post("/api/v1/competitions/entries/" + nominated + "/invitations",
					body("name", more[0], "idNumber", more[1]))
			.status()).isEqualTo(404);
		JsonNode view = nomineeApi.get("/api/v1/competitions/entries/mine").json().get(0);
		assertThat(view.get("captain").asBoolean()).isFalse();
		assertThat(view.get("members").get(1).get("state").asString()).isEqualTo("NOMINATED");
		ConsoleClient console = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		assertThat(console.get("/console/competitions/" + contest).body()).contains("工会推荐");

		// a nominated member may leave; the team, short now, cannot be completed: staff
		// are told to reject it
		assertThat(linkedWorker(nominatedMate).post("/api/v1/competitions/entries/" + nominated + "/leave", Map.of())
			.status()).isEqualTo(204);
		Response accept = this.county.post("/api/v1/competitions/entries/" + nominated + "/accept", Map.of());
		assertThat(accept.status()).isEqualTo(409);
		assertThat(accept.json().get("detail").asString()).contains("推荐的队伍不能邀请队员", "请驳回");
	}

	@Test
	void anInvitationToSomeoneOnTheTeamOrWithABadIdNumberIsRefused() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 4);
		String[] captain = this.world.member(this.world.unionA, "重复队长", "护士");
		String[] mate = this.world.member(this.world.unionA, "重复队员", "护士");
		String captainUser = this.world.worker(this.members, this.jdbc, captain);
		ApiClient captainApi = this.world.login(captainUser);
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "重复队", "teammates", teammates(mate)))
			.json()
			.get("id")
			.asLong();
		ApiClient mateApi = linkedWorker(mate);
		assertThat(confirmed(mateApi, mateApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong())
			.status()).isEqualTo(204);
		String path = "/api/v1/competitions/entries/" + entry + "/invitations";

		Response self = captainApi.post(path, body("name", captain[0], "idNumber", captain[1]));
		Response confirmedMate = captainApi.post(path, body("name", mate[0], "idNumber", mate[1]));
		Response invalid = captainApi.post(path, body("name", "某某", "idNumber", "420602199013451234"));

		assertThat(self.status()).isEqualTo(422);
		assertThat(self.json().get("detail").asString()).contains("重复填写");
		assertThat(confirmedMate.status()).isEqualTo(422);
		assertThat(confirmedMate.json().get("detail").asString()).contains("队员 " + mate[0] + " 重复填写");
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.json().get("detail").asString()).contains("身份证号格式不正确");
		assertThat(captainApi.get("/api/v1/competitions/entries/mine").json().get(0).get("invitations").size())
			.isZero();
		// the portal holds typed values to the API's bounds
		ConsoleClient portal = ConsoleClient.signIn(this.port, captainUser, "Passw0rd1");
		portal.get("/portal/competitions");
		ConsoleClient.Page tooLong = portal.post("/portal/competitions/entries/" + entry + "/invitations",
				Map.of("name", "长".repeat(51), "idNumber", Fixtures.idNumber("420602")));
		assertThat(tooLong.location()).as(tooLong.status() + tooLong.body()).endsWith("/portal/competitions");
		assertThat(portal.get("/portal/competitions").body()).contains("姓名不能超过 50 个字符");
		portal.post("/portal/competitions/entries/" + entry + "/invitations",
				Map.of("name", "某某", "idNumber", "4".repeat(19)));
		assertThat(portal.get("/portal/competitions").body()).contains("身份证号不能超过 18 个字符");
		assertThat(captainApi.get("/api/v1/competitions/entries/mine").json().get(0).get("invitations").size())
			.isZero();
		// the worker forms are for workers only
		ConsoleClient staff = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		staff.get("/console");
		assertThat(staff
			.post("/portal/competitions/entries/" + entry + "/invitations",
					Map.of("name", "某某", "idNumber", Fixtures.idNumber("420602")))
			.status()).isEqualTo(403);
	}

	@Test
	void codesForOneInvitationAreCappedPerDay() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "限码队长", "护士");
		String[] mate = this.world.member(this.world.unionA, "限码队员", "护士");
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		assertThat(captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "限码队", "teammates", teammates(mate)))
			.status()).isEqualTo(201);
		ApiClient mateApi = linkedWorker(mate);
		long invitation = mateApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();

		for (int i = 0; i < 5; i++) {
			assertThat(mateApi.post(code(invitation), Map.of()).status()).isEqualTo(200);
		}
		Response sixth = mateApi.post(code(invitation), Map.of());

		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.json().get("detail").asString()).contains("今日获取验证码次数过多");
		assertThat(this.jdbc.sql("select count(*) from competition.invitation_code where invitation_id = :i")
			.param("i", invitation)
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void confirmingTakesTheCodeSentToTheInviteesRosterPhone() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "短信队长", "护士");
		String[] mate = this.world.member(this.world.unionA, "短信队员", "护士");
		String[] noPhone = this.world.member(this.world.unionA, "无号队员", "护士");
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "短信队", "teammates", teammates(mate, noPhone)))
			.json()
			.get("id")
			.asLong();
		// whoever knows the member's name and ID number (the captain does) may link an
		// account to them: that is not enough to confirm
		ApiClient mateApi = linkedWorker(mate);
		long invitation = mateApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();
		Response noCode = mateApi.post(confirm(invitation), body("code", ""));
		assertThat(noCode.status()).isEqualTo(422);
		assertThat(noCode.json().get("detail").asString()).contains("请填写短信验证码");
		Response notSent = mateApi.post(confirm(invitation), body("code", "123456"));
		assertThat(notSent.json().get("detail").asString()).contains("验证码已失效");

		Response sent = mateApi.post(code(invitation), Map.of());
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		String phone = this.jdbc.sql("select phone from member.member where name = :n order by id desc limit 1")
			.param("n", mate[0])
			.query(String.class)
			.single();
		assertThat(sent.json().get("maskedMobile").asString())
			.isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(sent.body()).doesNotContain(phone);
		String code = sent.json().get("demoCode").asString();
		String wrong = code.equals("000000") ? "111111" : "000000";

		Response wrongCode = mateApi.post(confirm(invitation), body("code", wrong));
		assertThat(wrongCode.status()).isEqualTo(422);
		assertThat(wrongCode.json().get("detail").asString()).contains("验证码不正确");
		assertThat(this.jdbc.sql("select attempts from competition.invitation_code where invitation_id = :i")
			.param("i", invitation)
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.jdbc.sql(
				"update competition.invitation_code set expires_at = now() - interval '1 minute' where invitation_id = :i")
			.param("i", invitation)
			.update();
		Response expired = mateApi.post(confirm(invitation), body("code", code));
		assertThat(expired.status()).isEqualTo(422);
		assertThat(expired.json().get("detail").asString()).contains("验证码已失效");
		assertThat(memberRows(contest)).isEqualTo(1);

		// a new code, wrong guesses bounded
		String fresh = mateApi.post(code(invitation), Map.of()).json().get("demoCode").asString();
		String miss = fresh.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(mateApi.post(confirm(invitation), body("code", miss)).status()).isEqualTo(422);
		}
		Response exhausted = mateApi.post(confirm(invitation), body("code", fresh));
		assertThat(exhausted.json().get("detail").asString()).contains("输错次数过多");
		assertThat(memberRows(contest)).isEqualTo(1);

		assertThat(confirmed(mateApi, invitation).status()).isEqualTo(204);
		assertThat(memberRows(contest)).isEqualTo(2);

		// no mobile number on the roster: the member is told to have it updated
		this.jdbc.sql("update member.member set phone = null where name = :n").param("n", noPhone[0]).update();
		ApiClient noPhoneApi = linkedWorker(noPhone);
		long other = noPhoneApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong();
		Response refused = noPhoneApi.post(code(other), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("没有登记手机号", "联系所在工会更新会员名册");
		assertThat(entry(contest, entry).get("invitations").size()).isEqualTo(1);
	}

	@Test
	void aCaptainRemovesATeammateAndATeammateLeavesWhileTheEntryWaits() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "调队队长", "护士");
		String[] accountant = this.world.member(this.world.unionA, "调队会计", "会计");
		String[] nurse = this.world.member(this.world.unionA, "调队护士", "护士");
		ApiClient captainApi = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		long entry = captainApi
			.post("/api/v1/competitions/" + contest + "/sign-ups",
					body("teamName", "调队", "teammates", teammates(accountant, nurse)))
			.json()
			.get("id")
			.asLong();
		ApiClient accountantApi = linkedWorker(accountant);
		ApiClient nurseApi = linkedWorker(nurse);
		assertThat(confirmed(accountantApi,
				accountantApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong())
			.status()).isEqualTo(204);
		assertThat(
				confirmed(nurseApi, nurseApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong())
					.status())
			.isEqualTo(204);
		assertThat(entry(contest, entry).get("ineligibility").size()).isEqualTo(1);
		int accountantPosition = position(captainApi, accountant[0]);

		// the ineligible member no longer blocks the team once the captain takes them off
		assertThat(
				captainApi.delete("/api/v1/competitions/entries/" + entry + "/members/" + accountantPosition).status())
			.isEqualTo(204);
		assertThat(entry(contest, entry).get("ineligibility").size()).isZero();
		assertThat(entry(contest, entry).get("members").size()).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select count(*) from audit.audit_event
				where entity_type = 'contest-entry' and entity_id = :e and summary like :like""")
			.param("e", String.valueOf(entry))
			.param("like", "%队长将 " + accountant[0] + " 移出%")
			.query(Long.class)
			.single()).isEqualTo(1);
		// the captain is not removed
		assertThat(captainApi.delete("/api/v1/competitions/entries/" + entry + "/members/1").status()).isEqualTo(404);

		// a teammate leaves; the captain can invite again while sign-up is open
		assertThat(nurseApi.post("/api/v1/competitions/entries/" + entry + "/leave", Map.of()).status()).isEqualTo(204);
		assertThat(entry(contest, entry).get("members").size()).isEqualTo(1);
		Response short_ = this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of());
		assertThat(short_.status()).isEqualTo(409);
		assertThat(short_.json().get("detail").asString()).contains("已确认 1 人");
		assertThat(captainApi
			.post("/api/v1/competitions/entries/" + entry + "/invitations",
					body("name", nurse[0], "idNumber", nurse[1]))
			.status()).isEqualTo(201);
		assertThat(
				confirmed(nurseApi, nurseApi.get("/api/v1/competitions/invitations").json().get(0).get("id").asLong())
					.status())
			.isEqualTo(204);
		assertThat(this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of()).status())
			.isEqualTo(200);

		// once decided, nobody leaves and nobody is removed
		assertThat(nurseApi.post("/api/v1/competitions/entries/" + entry + "/leave", Map.of()).status()).isEqualTo(409);
		assertThat(captainApi
			.delete("/api/v1/competitions/entries/" + entry + "/members/" + position(captainApi, nurse[0]))
			.status()).isEqualTo(409);
		assertThat(entry(contest, entry).get("members").size()).isEqualTo(2);
	}

	private static int position(ApiClient captain, String name) {
		for (JsonNode member : captain.get("/api/v1/competitions/entries/mine").json().get(0).get("members")) {
			if (member.get("name").asString().equals(name)) {
				return member.get("position").asInt();
			}
		}
		throw new AssertionError(name + " not on the team");
	}

	private long links(String username) {
		return this.jdbc.sql("select count(*) from member.member_account where account_id = :a")
			.param("a", accountId(username))
			.query(Long.class)
			.single();
	}

	private long accountId(String username) {
		return AccountLinks.accountId(this.jdbc, username);
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

	/** The captain's page's row for an invitation, without what the captain typed. */
	private static String row(String page, String name, JsonNode invitation) {
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("<li><span>" + java.util.regex.Pattern.quote(name) + "</span>(.*?)</li>",
					java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as(name).isTrue();
		return row.group(1)
			.replace(invitation.get("idNumberMasked").asString(), "")
			.replace("/invitations/" + invitation.get("id").asLong() + "/", "/invitations/0/");
	}

	private static String blind(JsonNode invitation) {
		ObjectNode copy = (ObjectNode) invitation.deepCopy();
		copy.put("id", 0).put("name", "").put("idNumberMasked", "").put("invitedAt", "");
		return copy.toString();
	}

	/** A worker account linked to this member, as after 实名认证, signed in. */
	private ApiClient linkedWorker(String[] member) {
		return this.world.login(this.world.worker(this.members, this.jdbc, member));
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

	private static String code(long invitation) {
		return "/api/v1/competitions/invitations/" + invitation + "/code";
	}

	/** The invitee asks for a code to their roster phone and confirms with it. */
	private static Response confirmed(ApiClient invitee, long invitation) {
		Response sent = invitee.post(code(invitation), Map.of());
		if (sent.status() != 200) {
			return sent;
		}
		return invitee.post(confirm(invitation), body("code", sent.json().get("demoCode").asString()));
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
