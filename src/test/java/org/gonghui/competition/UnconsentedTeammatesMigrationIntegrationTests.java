package org.gonghui.competition;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Arrays;
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
import org.gonghui.support.ApiClient;
import org.gonghui.support.ApiClient.Response;
import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gonghui.competition.ContestWorld.teammates;
import static org.gonghui.support.ApiClient.body;

/**
 * V8_13: the teammates a captain's portal sign-up entered before V8_9 without asking them
 * are invited instead, on teams still waiting for a decision in contests still signing
 * up; nothing else changes. The test builds such teams as they were stored before V8_9,
 * then runs the migration's statement again in a transaction it rolls back (the database
 * is shared with the other tests).
 */
@IntegrationTest
class UnconsentedTeammatesMigrationIntegrationTests {

	private static final String MIGRATION = "db/migration/V8_13__unconsented_teammates_invited.sql";

	private static final String TRADE_MISMATCH = "competition.eligibility.trade-mismatch";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	MemberDirectory members;

	@Autowired
	PlatformTransactionManager transactionManager;

	ContestWorld world;

	ApiClient county;

	@BeforeEach
	void world() {
		this.world = new ContestWorld(this.port);
		this.county = this.world.login(this.world.account("FEDERATION_STAFF", this.world.countyA));
	}

	@Test
	void oldPortalTeammatesOfPendingTeamsInOpenContestsAreInvitedAndNothingElseChanges() throws Exception {
		long open = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		long closed = this.world.teamContest(this.county, "一等奖,1", 2, 3);
		String[] nurse = this.world.member(this.world.unionA, "旧队护士", "护士");
		String[] accountant = this.world.member(this.world.unionA2, "旧队会计", "会计");
		long old = signUp(open, "旧式队", nurse);
		String[] confirmedMate = this.world.member(this.world.unionA, "已确认队员", "护士");
		String[] oldMate = this.world.member(this.world.unionA, "混合旧队员", "护士");
		long mixed = signUp(open, "混合队", confirmedMate);
		String[] acceptedMate = this.world.member(this.world.unionA, "已录取队员", "护士");
		long accepted = signUp(open, "已录取队", acceptedMate);
		String[] lateMate = this.world.member(this.world.unionA2, "截止会计", "会计");
		long late = signUp(closed, "截止队", lateMate);
		String[] nominatedCaptain = this.world.member(this.world.unionA, "推荐队长", "护士");
		String[] nominatedMate = this.world.member(this.world.unionA, "推荐队员", "护士");
		Response nominated = this.county.post("/api/v1/competitions/" + open + "/nominations",
				body("name", nominatedCaptain[0], "idNumber", nominatedCaptain[1], "teamName", "推荐队", "teammates",
						teammates(nominatedMate)));
		assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
		long nominee = nominated.json().get("id").asLong();
		String migration = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);

		TransactionTemplate rollback = new TransactionTemplate(this.transactionManager);
		rollback.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			// as stored before V8_9: the named teammates on the team, no invitation
			oldShape(old, List.of(), nurse, accountant);
			// one teammate joined by confirming an invitation (after V8_9), one was
			// entered by the captain before
			confirm(mixed, confirmedMate);
			oldShape(mixed, List.of(memberId(confirmedMate)), oldMate);
			oldShape(accepted, List.of(), acceptedMate);
			this.jdbc.sql("update competition.entry set status = 'ACCEPTED', number = '001' where id = :e")
				.param("e", accepted)
				.update();
			oldShape(late, List.of(), lateMate);
			this.jdbc.sql("""
					update competition.contest set sign_up_opens_on = current_date - 10,
					                               sign_up_closes_on = current_date - 2 where id = :c""")
				.param("c", closed)
				.update();
			Map<Long, List<Long>> teamsBefore = teams(old, mixed, accepted, late, nominee);
			Map<Long, Long> invitationsBefore = invitations(mixed, accepted, late, nominee);
			Timestamp signedUpAt = this.jdbc.sql("select signed_up_at from competition.entry where id = :e")
				.param("e", old)
				.query(Timestamp.class)
				.single();
			long captainAccount = this.jdbc.sql("select account_id from competition.entry where id = :e")
				.param("e", old)
				.query(Long.class)
				.single();

			this.jdbcTemplate.execute(migration);

			// the old team keeps its captain; its teammates are invited as V8_9 invites
			assertThat(team(old)).containsExactly(teamsBefore.get(old).get(0));
			List<Map<String, Object>> invited = this.jdbc.sql("""
					select name, id_number_masked, id_number_hash, status, member_id, invited_by, invited_at
					  from competition.entry_invitation where entry_id = :e order by id""")
				.param("e", old)
				.query()
				.listOfRows();
			assertThat(invited).hasSize(2);
			List<String[]> named = List.of(nurse, accountant);
			for (Map<String, Object> invitation : invited) {
				String[] mate = named.stream()
					.filter((m) -> m[0].equals(invitation.get("name")))
					.findFirst()
					.orElseThrow(() -> new AssertionError(invitation));
				// matched to the member exactly as an invitation typed by a captain is
				assertThat(Arrays.equals((byte[]) invitation.get("id_number_hash"),
						this.members.idNumberHashOf(memberId(mate)).orElseThrow()))
					.isTrue();
				assertThat(invitation.get("id_number_masked")).isEqualTo(masked(mate));
				assertThat(invitation.get("status")).isEqualTo("PENDING");
				assertThat(invitation.get("member_id")).isNull();
				assertThat(invitation.get("invited_by")).isEqualTo(captainAccount);
				assertThat(invitation.get("invited_at")).isEqualTo(signedUpAt);
			}
			// each change is in the contest's audit, as the platform's own act
			assertThat(this.jdbc.sql("""
					select summary from audit.audit_event
					 where entity_type = 'contest-entry' and entity_id = :e and actor_name = 'system'
					   and action = 'UPDATE' and org_path = (select org_path from competition.contest where id = :c)
					 order by summary""")
				.param("e", Long.toString(old))
				.param("c",
						this.jdbc.sql("select contest_id from competition.entry where id = :e")
							.param("e", old)
							.query(Long.class)
							.single())
				.query(String.class)
				.list()).hasSize(2)
				.allSatisfy((summary) -> assertThat(summary).contains("未经本人确认", "待确认的组队邀请"))
				.anySatisfy((summary) -> assertThat(summary).contains(nurse[0]))
				.anySatisfy((summary) -> assertThat(summary).contains(accountant[0]));
			// the accountant's reason went with them
			assertThat(ineligibility(old)).isEmpty();
			// the confirmed teammate stays, the other is invited
			assertThat(team(mixed)).containsExactlyElementsOf(teamsBefore.get(mixed).subList(0, 2));
			assertThat(invitations(mixed).get(mixed)).isEqualTo(invitationsBefore.get(mixed) + 1);
			// decided entries, closed sign-ups and nominations are as they were
			assertThat(teams(accepted, late, nominee)).containsExactlyInAnyOrderEntriesOf(Map.of(accepted,
					teamsBefore.get(accepted), late, teamsBefore.get(late), nominee, teamsBefore.get(nominee)));
			assertThat(invitations(accepted, late, nominee))
				.containsExactlyInAnyOrderEntriesOf(Map.of(accepted, invitationsBefore.get(accepted), late,
						invitationsBefore.get(late), nominee, invitationsBefore.get(nominee)));
			assertThat(ineligibility(late)).containsExactly(TRADE_MISMATCH);

			long audited = this.jdbc
				.sql("select count(*) from audit.audit_event where actor_name = 'system'"
						+ " and entity_type = 'contest-entry'")
				.query(Long.class)
				.single();
			// running it again changes nothing, and audits nothing
			this.jdbcTemplate.execute(migration);
			assertThat(this.jdbc
				.sql("select count(*) from audit.audit_event where actor_name = 'system'"
						+ " and entity_type = 'contest-entry'")
				.query(Long.class)
				.single()).isEqualTo(audited);
			assertThat(invitations(old, mixed)).isEqualTo(Map.of(old, 2L, mixed, invitationsBefore.get(mixed) + 1));
		});
	}

	long signUp(long contest, String team, String[] invited) {
		String[] captain = this.world.member(this.world.unionA, team + "队长", "护士");
		ApiClient worker = this.world.login(this.world.worker(this.members, this.jdbc, captain));
		Response response = worker.post("/api/v1/competitions/" + contest + "/sign-ups",
				body("name", captain[0], "idNumber", captain[1], "teamName", team, "teammates", teammates(invited)));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/**
	 * Turns a sign-up into one stored before V8_9: its open invitations gone, the named
	 * teammates on the team, an ineligible one's reason on the entry ({@code keep} are
	 * members already on it).
	 */
	void oldShape(long entry, List<Long> keep, String[]... mates) {
		this.jdbc.sql("delete from competition.entry_invitation where entry_id = :e and status = 'PENDING'")
			.param("e", entry)
			.update();
		int position = 2 + keep.size();
		for (String[] mate : mates) {
			String reasons = "{" + (mate[0].contains("会计") ? TRADE_MISMATCH : "") + "}";
			this.jdbc.sql("""
					insert into competition.entry_member (entry_id, contest_id, member_id, position, name,
					    id_number_masked, employer_org_id, employer_name, org_path, ineligibility)
					select e.id, e.contest_id, p.id, :position, p.name, p.id_number_masked, p.org_id, p.employer,
					       p.org_path, cast(:reasons as text[])
					  from competition.entry e, member.member p where e.id = :e and p.id = :m""")
				.param("e", entry)
				.param("m", memberId(mate))
				.param("position", position++)
				.param("reasons", reasons)
				.update();
			if (!reasons.equals("{}")) {
				this.jdbc.sql("update competition.entry set ineligibility = cast(:r as text[]) where id = :e")
					.param("r", reasons)
					.param("e", entry)
					.update();
			}
		}
	}

	/** What confirming the invitation does to the tables (TeamInvitations). */
	void confirm(long entry, String[] mate) {
		long member = memberId(mate);
		putOn(entry, member);
		assertThat(this.jdbc.sql("""
				update competition.entry_invitation set status = 'CONFIRMED', member_id = :m, answered_at = now()
				 where entry_id = :e and status = 'PENDING'""").param("m", member).param("e", entry).update())
			.isEqualTo(1);
	}

	private void putOn(long entry, long member) {
		this.jdbc.sql("""
				insert into competition.entry_member (entry_id, contest_id, member_id, position, name,
				    id_number_masked, employer_org_id, employer_name, org_path)
				select e.id, e.contest_id, p.id, 2, p.name, p.id_number_masked, p.org_id, p.employer, p.org_path
				  from competition.entry e, member.member p where e.id = :e and p.id = :m""")
			.param("e", entry)
			.param("m", member)
			.update();
	}

	long memberId(String[] member) {
		byte[] hash = this.members.idNumberHash(member[1]).orElseThrow();
		return this.jdbc.sql("select id from member.member where id_number_hash = :h")
			.param("h", hash)
			.query(Long.class)
			.single();
	}

	String masked(String[] member) {
		return this.jdbc.sql("select id_number_masked from member.member where id = :m")
			.param("m", memberId(member))
			.query(String.class)
			.single();
	}

	List<Long> team(long entry) {
		return this.jdbc.sql("select member_id from competition.entry_member where entry_id = :e order by position")
			.param("e", entry)
			.query(Long.class)
			.list();
	}

	Map<Long, List<Long>> teams(long... entries) {
		Map<Long, List<Long>> teams = new java.util.HashMap<>();
		for (long entry : entries) {
			teams.put(entry, team(entry));
		}
		return teams;
	}

	Map<Long, Long> invitations(long... entries) {
		Map<Long, Long> counts = new java.util.HashMap<>();
		for (long entry : entries) {
			counts.put(entry,
					this.jdbc.sql("select count(*) from competition.entry_invitation where entry_id = :e")
						.param("e", entry)
						.query(Long.class)
						.single());
		}
		return counts;
	}

	List<String> ineligibility(long entry) {
		return Arrays.asList(this.jdbc.sql("select ineligibility from competition.entry where id = :e")
			.param("e", entry)
			.query((rs, row) -> (String[]) rs.getArray(1).getArray())
			.single());
	}

}
