package org.gonghui.competition;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.ConsoleClient;
import org.gonghui.support.IntegrationTest;

import static org.gonghui.support.LockWaits.awaitLockWait;
import static org.gonghui.support.LockWaits.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gonghui.competition.ContestWorld.teammates;
import static org.gonghui.support.ApiClient.body;

/**
 * Team contests: a nominated team's members must each be members and are checked for
 * eligibility, a member is on one entry per contest, a judge stands aside from a team
 * with anyone from their employer, and a team prize gives every member a verifiable
 * certificate.
 */
@IntegrationTest
class ContestTeamIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.gonghui.member.MemberDirectory members;

	@Autowired
	DataSource dataSource;

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
	void aTeamContestNeedsAValidTeamSize() {
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		Map<String, Object> contest = body("name", "团体赛", "organiserOrgId", this.world.countyA, "level", "COUNTY",
				"trade", "医务人员", "entryKind", "TEAM", "signUpOpensOn", today, "signUpClosesOn", today, "contestDate",
				today, "prizes", "一等奖,1");

		Response noSize = this.county.post("/api/v1/competitions", contest);
		contest.put("teamMinMembers", 4);
		contest.put("teamMaxMembers", 3);
		Response minAboveMax = this.county.post("/api/v1/competitions", contest);
		contest.put("teamMinMembers", 2);
		Response valid = this.county.post("/api/v1/competitions", contest);

		assertThat(noSize.status()).isEqualTo(422);
		assertThat(noSize.json().get("detail").asString()).contains("每队");
		assertThat(minAboveMax.status()).isEqualTo(422);
		assertThat(valid.status()).as(valid.body()).isEqualTo(201);
		assertThat(valid.json().get("contest").get("teamMinMembers").asInt()).isEqualTo(2);
		assertThat(valid.json().get("contest").get("teamMaxMembers").asInt()).isEqualTo(3);
	}

	// a captain's teammates on the portal are invited and join by confirming: see
	// ContestTeamInvitationIntegrationTests
	@Test
	void aNominatedTeamsMembersAreEachCheckedAndListed() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "队长护士", "护士");
		String[] nurse = this.world.member(this.world.unionA2, "队员护士", "护士");
		String[] accountant = this.world.member(this.world.unionA, "队员会计", "会计");

		Response signedUp = this.county.post("/api/v1/competitions/" + contest + "/nominations", body("name",
				captain[0], "idNumber", captain[1], "teamName", "急救先锋队", "teammates", teammates(nurse, accountant)));

		assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
		long entry = signedUp.json().get("id").asLong();
		JsonNode listed = entry(contest, entry);
		JsonNode members = listed.get("members");
		assertThat(members.size()).isEqualTo(3);
		assertThat(members.get(0).get("name").asString()).isEqualTo(captain[0]);
		assertThat(members.get(0).get("captain").asBoolean()).isTrue();
		assertThat(members.get(1).get("name").asString()).isEqualTo(nurse[0]);
		assertThat(members.get(1).get("idNumberMasked").asString()).isNotEqualTo(nurse[1]).contains("*");
		assertThat(listed.toString()).doesNotContain(nurse[1], accountant[1]);
		// each member's own eligibility: only the accountant is of the wrong trade
		assertThat(members.get(0).get("ineligibility").size()).isZero();
		assertThat(members.get(1).get("ineligibility").size()).isZero();
		assertThat(members.get(2).get("ineligibility").get(0).asString())
			.isEqualTo("competition.eligibility.trade-mismatch");
		assertThat(listed.get("ineligibility").get(0).asString()).isEqualTo("competition.eligibility.trade-mismatch");
		Response accept = this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of());
		assertThat(accept.status()).isEqualTo(422);

		// the console lists the team and the spreadsheet too, ID numbers masked
		ConsoleClient console = ConsoleClient.signIn(this.port, this.countyUser, "Passw0rd1");
		String page = console.get("/console/competitions/" + contest).body();
		assertThat(page).contains("急救先锋队", captain[0], nurse[0], accountant[0], "工种不符合要求").doesNotContain(nurse[1]);
		List<List<String>> rows = readXlsx(console.download("/console/competitions/" + contest + "/entries.xlsx"));
		assertThat(rows).hasSize(2);
		String team = String.join("|", rows.get(1));
		assertThat(team).contains("急救先锋队", nurse[0], accountant[0], members.get(1).get("idNumberMasked").asString())
			.doesNotContain(nurse[1], accountant[1]);
	}

	@Test
	void refusesATeamOfTheWrongSizeOrAnUnknownNominatedTeammateWithoutWriting() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] captain = this.world.member(this.world.unionA, "队长", "护士");
		String[] one = this.world.member(this.world.unionA, "甲队员", "护士");
		String[] two = this.world.member(this.world.unionA, "乙队员", "护士");
		String[] three = this.world.member(this.world.unionA, "丙队员", "护士");
		ApiClient worker = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		String path = "/api/v1/competitions/" + contest + "/sign-ups";

		Response alone = worker.post(path, body("teamName", "独行队", "teammates", List.of()));
		Response tooMany = worker.post(path, body("teamName", "大队", "teammates", teammates(one, two, three)));
		Response twice = worker.post(path, body("teamName", "重复队", "teammates", teammates(one, one)));
		// the captain is the linked member: inviting them would never be answered
		Response self = worker.post(path, body("teamName", "自邀队", "teammates", teammates(captain)));
		Response noTeamName = worker.post(path, body("teammates", teammates(one)));
		// a nomination looks its members up (a portal sign-up only invites them)
		String nominations = "/api/v1/competitions/" + contest + "/nominations";
		Response unknown = this.county.post(nominations,
				body("name", captain[0], "idNumber", captain[1], "teamName", "冒名队", "teammates",
						teammates(one, new String[] { "不存在", org.gonghui.support.Fixtures.idNumber("420602") })));
		Response wrongName = this.county.post(nominations, body("name", captain[0], "idNumber", captain[1], "teamName",
				"冒名队", "teammates", teammates(one, new String[] { "王冒名", two[1] })));

		assertThat(alone.status()).isEqualTo(422);
		assertThat(alone.json().get("detail").asString()).contains("2 至 3 人");
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(twice.status()).isEqualTo(422);
		assertThat(self.status()).as(self.body()).isEqualTo(422);
		assertThat(self.json().get("detail").asString()).contains(captain[0]);
		assertThat(noTeamName.status()).isEqualTo(422);
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.json().get("detail").asString()).contains("第 3 名队员");
		// a wrong name and an unknown ID number read alike (but for the name typed)
		assertThat(wrongName.json().get("detail").asString().replace("王冒名", "?"))
			.isEqualTo(unknown.json().get("detail").asString().replace("不存在", "?"));
		assertThat(count("select count(*) from competition.entry where contest_id = :c", contest)).isZero();
		assertThat(count("select count(*) from competition.entry_member where contest_id = :c", contest)).isZero();

		// an individual contest takes no teammates
		long individual = this.world.contest(this.county, "一等奖,1");
		Response withTeam = worker.post("/api/v1/competitions/" + individual + "/sign-ups",
				body("teammates", teammates(one)));
		assertThat(withTeam.status()).isEqualTo(422);
	}

	@Test
	void aMemberIsOnAtMostOneEntryPerContest() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 2);
		String[] captain = this.world.member(this.world.unionA, "一队队长", "护士");
		String[] shared = this.world.member(this.world.unionA, "抢手队员", "护士");
		String[] other = this.world.member(this.world.unionA2, "二队队长", "护士");
		String path = "/api/v1/competitions/" + contest + "/nominations";
		Response first = this.county.post(path,
				body("name", captain[0], "idNumber", captain[1], "teamName", "一队", "teammates", teammates(shared)));
		assertThat(first.status()).as(first.body()).isEqualTo(201);

		// a union nominates another team with the same member
		Response again = this.county.post(path,
				body("name", other[0], "idNumber", other[1], "teamName", "二队", "teammates", teammates(shared)));
		// the member signs up as captain of their own team
		ApiClient sharedWorker = this.world.login(this.world.worker(this.members, this.jdbc, shared));
		Response asCaptain = sharedWorker.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("teamName", "三队", "teammates", teammates(other)));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains(shared[0]);
		assertThat(asCaptain.status()).isEqualTo(409);
		assertThat(count("select count(*) from competition.entry where contest_id = :c", contest)).isEqualTo(1);
		assertThat(count("select count(*) from competition.entry_member where contest_id = :c", contest)).isEqualTo(2);
		long memberId = this.jdbc
			.sql("select member_id from competition.entry_member where contest_id = :c and position = 2")
			.param("c", contest)
			.query(Long.class)
			.single();
		long otherEntry = this.jdbc.sql("""
				insert into competition.entry (contest_id, member_id, name, id_number_masked, employer_org_id,
				    org_path, status)
				values (:c, -1, 'x', 'x', 1, 'x', 'PENDING') returning id""")
			.param("c", contest)
			.query(Long.class)
			.single();
		// the database itself refuses the member a second entry, whatever the service
		// does
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into competition.entry_member (entry_id, contest_id, member_id, position, name,
				    id_number_masked, employer_org_id, org_path)
				values (:e, :c, :m, 1, 'x', 'x', 1, 'x')""")
			.param("e", otherEntry)
			.param("c", contest)
			.param("m", memberId)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theMembersOfARejectedTeamMayEnterAgain() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 2);
		String[] captain = this.world.member(this.world.unionA, "落选队长", "护士");
		String[] mate = this.world.member(this.world.unionA, "落选队员", "护士");
		String[] newMate = this.world.member(this.world.unionA2, "新队员", "护士");
		String path = "/api/v1/competitions/" + contest + "/nominations";
		long rejected = nominate(contest, "旧队", captain, mate);
		assertThat(this.county.post("/api/v1/competitions/entries/" + rejected + "/reject", body("reason", "材料不全"))
			.status()).isEqualTo(204);

		// the old teammate now captains a team, the old captain joins another
		Response asCaptain = this.county.post(path,
				body("name", mate[0], "idNumber", mate[1], "teamName", "新队", "teammates", teammates(newMate)));
		String[] other = this.world.member(this.world.unionA2, "另一队长", "护士");
		Response asTeammate = this.county.post(path,
				body("name", other[0], "idNumber", other[1], "teamName", "又一队", "teammates", teammates(captain)));
		// still one active entry each: the old captain cannot enter twice
		Response twice = this.county.post(path,
				body("name", captain[0], "idNumber", captain[1], "teamName", "重复队", "teammates", teammates(mate)));

		assertThat(asCaptain.status()).as(asCaptain.body()).isEqualTo(201);
		assertThat(asTeammate.status()).as(asTeammate.body()).isEqualTo(201);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(count("select count(*) from competition.entry where contest_id = :c", contest)).isEqualTo(3);
	}

	@Test
	void aRejectedIndividualMayEnterAgain() {
		long contest = this.world.contest(this.county, "一等奖,1");
		String[] member = this.world.member(this.world.unionA, "再报名者", "护士");
		String path = "/api/v1/competitions/" + contest + "/nominations";
		Response first = this.county.post(path, body("name", member[0], "idNumber", member[1]));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(this.county
			.post("/api/v1/competitions/entries/" + first.json().get("id").asLong() + "/reject", body("reason", "材料不全"))
			.status()).isEqualTo(204);

		Response again = this.county.post(path, body("name", member[0], "idNumber", member[1]));
		Response twice = this.county.post(path, body("name", member[0], "idNumber", member[1]));

		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(twice.status()).isEqualTo(409);
	}

	@Test
	void aUnionNominatesATeamOfItsOwnMembersOnly() {
		long contest = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		ApiClient union = this.world.login(this.world.account("UNION_OFFICER", this.world.unionA));
		String[] captain = this.world.member(this.world.unionA, "本院队长", "护士");
		String[] colleague = this.world.member(this.world.unionA, "本院队员", "护士");
		String[] foreign = this.world.member(this.world.unionA2, "他院队员", "护士");
		String path = "/api/v1/competitions/" + contest + "/nominations";

		Response outOfScope = union.post(path,
				body("name", captain[0], "idNumber", captain[1], "teamName", "本院队", "teammates", teammates(foreign)));
		Response own = union.post(path,
				body("name", captain[0], "idNumber", captain[1], "teamName", "本院队", "teammates", teammates(colleague)));

		assertThat(outOfScope.status()).isEqualTo(422);
		assertThat(outOfScope.json().get("detail").asString()).contains("第 2 名队员");
		assertThat(own.status()).as(own.body()).isEqualTo(201);
		JsonNode members = entry(contest, own.json().get("id").asLong()).get("members");
		assertThat(members.size()).isEqualTo(2);
		assertThat(members.get(1).get("name").asString()).isEqualTo(colleague[0]);
	}

	@Test
	void aJudgeStandsAsideFromATeamWithAnyMemberFromTheirEmployerAndEveryMemberGetsACertificate() {
		long contest = this.world.teamContest(this.county, "一等奖,1\n二等奖,1", 2, 3);
		// team 1's captain is from union A, a teammate from union A2; team 2 is all union
		// A
		long team1 = nominate(contest, "一号队", this.world.member(this.world.unionA, "一队甲", "护士"),
				this.world.member(this.world.unionA2, "一队乙", "护士"));
		long team2 = nominate(contest, "二号队", this.world.member(this.world.unionA, "二队甲", "护士"),
				this.world.member(this.world.unionA, "二队乙", "内科医师"), this.world.member(this.world.unionA, "二队丙", "护士"));
		for (long entry : List.of(team1, team2)) {
			assertThat(this.county.post("/api/v1/competitions/entries/" + entry + "/accept", Map.of()).status())
				.isEqualTo(200);
		}
		long round = this.world.round(this.county, contest,
				body("name", "决赛", "judgesWeight", 100, "criteria", "团队配合,100", "trimFromJudges", 0));
		String judge = this.world.account("JUDGE", null);
		this.county.post("/api/v1/competitions/rounds/" + round + "/judges",
				body("username", judge, "employerOrgId", this.world.unionA2, "chief", true));
		assertThat(this.county.post("/api/v1/competitions/rounds/" + round + "/open", Map.of()).status())
			.isEqualTo(204);
		ApiClient judging = this.world.login(judge);

		Response barred = judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", team1, "points", Map.of("C1", 80)));
		Response scored = judging.post("/api/v1/competitions/rounds/" + round + "/score-sheets",
				body("entryId", team2, "points", Map.of("C1", 90)));

		assertThat(barred.status()).isEqualTo(422);
		assertThat(barred.json().get("detail").asString()).contains("回避");
		assertThat(scored.status()).as(scored.body()).isEqualTo(201);

		// the barred team is not owed a sheet: the round closes and the chief publishes
		assertThat(this.county.post("/api/v1/competitions/rounds/" + round + "/close", Map.of()).status())
			.isEqualTo(204);
		assertThat(judging.post("/api/v1/competitions/rounds/" + round + "/publish", Map.of()).status()).isEqualTo(204);

		List<String> codes = this.jdbc.sql("select code from competition.award where entry_id = :e order by id")
			.param("e", team2)
			.query(String.class)
			.list();
		assertThat(codes).hasSize(3).doesNotHaveDuplicates();
		ApiClient anonymous = new ApiClient(this.port);
		List<String> holders = new ArrayList<>();
		for (String code : codes) {
			Response check = anonymous.get("/api/v1/public/certificates/" + code);
			assertThat(check.status()).isEqualTo(200);
			assertThat(check.json().get("team").asString()).isEqualTo("二号队");
			assertThat(check.json().get("prize").asString()).isEqualTo("一等奖");
			holders.add(check.json().get("name").asString());
			Response pdf = anonymous.get("/public/certificates/" + code + "/pdf");
			assertThat(new String(pdf.bytes(), 0, 5)).isEqualTo("%PDF-");
		}
		assertThat(holders).containsExactly("二队甲", "二队乙", "二队丙");
		String page = anonymous.get("/public/certificates/" + codes.get(1)).body();
		assertThat(page).contains("二队乙", "二号队");
	}

	@Test
	void aTeamGoesInInMemberOrderSoCrossedSignUpsWaitInsteadOfDeadlocking() throws Exception {
		long contest = this.world.teamContest(this.county, "一等奖,1", 3, 3);
		String tag = String.valueOf(System.nanoTime() % 1_000_000);
		String[] captain = this.world.member(this.world.unionA, "序队长" + tag, "护士");
		String[] low = this.world.member(this.world.unionA, "序先" + tag, "护士");
		String[] high = this.world.member(this.world.unionA, "序后" + tag, "护士");
		long lowId = memberId(low[0]);
		long highId = memberId(high[0]);
		assertThat(lowId).isLessThan(highId);
		long other = this.jdbc.sql("""
				insert into competition.entry (contest_id, member_id, name, id_number_masked, employer_org_id,
				    org_path, status)
				values (:c, -1, 'x', 'x', 1, 'x', 'PENDING') returning id""")
			.param("c", contest)
			.query(Long.class)
			.single();
		Response response;
		try (Connection crossing = this.dataSource.getConnection()) {
			crossing.setAutoCommit(false);
			// another sign-up has put the later member on its team and not committed yet
			execute(crossing, memberRow(other, contest, highId, 1));
			CompletableFuture<Response> signUp = CompletableFuture
				.supplyAsync(() -> this.county.post("/api/v1/competitions/" + contest + "/nominations", body("name",
						captain[0], "idNumber", captain[1], "teamName", "序队", "teammates", teammates(high, low))));
			awaitLockWait(this.jdbc, "the sign-up");
			// the sign-up holds the earlier member (listed second) before it waits for
			// the
			// later one: in member order, not form order, so a crossing sign-up waits for
			// it instead of each holding what the other needs (a third session asks, so
			// that no real deadlock is made here)
			try (Connection probe = this.dataSource.getConnection()) {
				probe.setAutoCommit(false);
				execute(probe, "set local lock_timeout = '300ms'");
				assertThatThrownBy(() -> execute(probe, memberRow(other, contest, lowId, 2)))
					.isInstanceOf(SQLException.class)
					.satisfies((error) -> assertThat(((SQLException) error).getSQLState()).isEqualTo("55P03"));
				probe.rollback();
			}
			crossing.rollback();
			response = signUp.get(30, TimeUnit.SECONDS);
		}

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode members = entry(contest, response.json().get("id").asLong()).get("members");
		assertThat(members.get(1).get("name").asString()).isEqualTo(high[0]);
		assertThat(members.get(2).get("name").asString()).isEqualTo(low[0]);
	}

	private static String memberRow(long entry, long contest, long member, int position) {
		return "insert into competition.entry_member (entry_id, contest_id, member_id, position, name,"
				+ " id_number_masked, employer_org_id, org_path) values (" + entry + ", " + contest + ", " + member
				+ ", " + position + ", 'x', 'x', 1, 'x')";
	}

	private long memberId(String name) {
		return this.jdbc.sql("select id from member.member where name = :n")
			.param("n", name)
			.query(Long.class)
			.single();
	}

	private long nominate(long contest, String team, String[] captain, String[]... others) {
		Response response = this.county.post("/api/v1/competitions/" + contest + "/nominations",
				body("name", captain[0], "idNumber", captain[1], "teamName", team, "teammates", teammates(others)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	private JsonNode entry(long contest, long entry) {
		for (JsonNode node : this.county.get("/api/v1/competitions/" + contest + "/entries").json()) {
			if (node.get("id").asLong() == entry) {
				return node;
			}
		}
		throw new AssertionError("entry " + entry + " not listed");
	}

	private long count(String sql, long contest) {
		return this.jdbc.sql(sql).param("c", contest).query(Long.class).single();
	}

	static List<List<String>> readXlsx(byte[] bytes) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
