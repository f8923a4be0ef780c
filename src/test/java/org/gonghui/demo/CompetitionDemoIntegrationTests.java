package org.gonghui.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo contests load through the contest facade on a small demo city, in a database
 * of their own. The demo loads only into an empty database, so this runs on the embedded
 * one: against a server ({@code GONGHUI_DB_URL}) every test class shares one database
 * that the others have already filled.
 */
@DisabledIfEnvironmentVariable(named = "GONGHUI_DB_URL", matches = ".+")
@SpringBootTest(properties = { "gonghui.demo=true", "gonghui.demo-members=4000",
		"gonghui.embedded-db.data-directory=target/pg-demo-test" })
@ActiveProfiles("test")
class CompetitionDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoDataLoader loader;

	int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	@Test
	void loadsTheCprAndBartenderContestsCompletedAndThreeRunning() {
		assertThat(this.jdbc.sql("select status from competition.contest order by id").query(String.class).list())
			.containsExactly("COMPLETED", "COMPLETED", "RUNNING", "SIGN_UP", "SIGN_UP");
		// CPR: 31 entrants, 6 prizes in 3 classes
		assertThat(count("select count(*) from competition.entry where contest_id = 1")).isEqualTo(31);
		assertThat(count("select count(*) from competition.award where contest_id = 1")).isEqualTo(6);
		assertThat(count("select count(distinct prize_code) from competition.award where contest_id = 1")).isEqualTo(3);
		// bartender: 185 sign-ups, 20 to the final, 1/2/3 prizes, the first to the talent
		// pool
		assertThat(count("select count(*) from competition.entry where contest_id = 2")).isEqualTo(185);
		assertThat(count("""
				select count(*) from competition.round_result r join competition.round o on o.id = r.round_id
				where o.contest_id = 2 and o.position = 1 and r.advances""")).isEqualTo(20);
		assertThat(count("select count(*) from competition.vote_count v join competition.round o on o.id = v.round_id"
				+ " where o.contest_id = 2"))
			.isEqualTo(185);
		assertThat(this.jdbc.sql("select prize_name from competition.award where contest_id = 2 and nominated_to_pool")
			.query(String.class)
			.list()).containsExactly("一等奖");
		assertThat(count("select count(*) from competition.award where contest_id = 2")).isEqualTo(6);
		// the cooks' preliminary: its vote open, the demo judge still to score
		assertThat(count("select count(*) from competition.round where contest_id = 3 and status = 'OPEN'"
				+ " and ballot_opened"))
			.isEqualTo(1);
	}

	@Test
	void loadsATeamContestOpenForSignUpWithTwoWorkplaceTeamsOfThree() {
		assertThat(this.jdbc.sql("""
				select count(*) from competition.contest
				where entry_kind = 'TEAM' and status = 'SIGN_UP' and team_min_members = 3 and team_max_members = 3
				and sign_up_opens_on <= current_date and sign_up_closes_on > current_date""")
			.query(Integer.class)
			.single()).isEqualTo(1);
		String teamContest = "(select id from competition.contest where entry_kind = 'TEAM')";
		assertThat(
				this.jdbc.sql("select status from competition.entry where contest_id = " + teamContest + " order by id")
					.query(String.class)
					.list())
			.containsExactly("ACCEPTED", "PENDING");
		// three active demo members on each team, all with one employer, whose name the
		// team bears
		assertThat(this.jdbc.sql("""
				select count(distinct m.id) || ':' || count(distinct t.employer_name) || ':'
					|| bool_and(e.team_name = t.employer_name || '应急救援队')
				from competition.entry e
				join competition.entry_member t on t.entry_id = e.id
				join member.member m on m.id = t.member_id and m.status = 'ACTIVE'
				where e.contest_id = %s group by e.id order by e.id""".formatted(teamContest))
			.query(String.class)
			.list()).containsExactly("3:1:true", "3:1:true");
		assertThat(this.jdbc.sql("select team_name from competition.entry where contest_id = " + teamContest)
			.query(String.class)
			.list()).allSatisfy((name) -> assertThat(name).endsWith("应急救援队").doesNotContain("委员会"));
		assertThat(count("select count(*) from competition.entry_member where captain and contest_id = " + teamContest))
			.isEqualTo(2);
	}

	@Test
	void loadingAgainOnRestartChangesNothing() throws Exception {
		int contests = count("select count(*) from competition.contest");
		int entries = count("select count(*) from competition.entry");

		// what a restart runs against the now filled database
		this.loader.run(new DefaultApplicationArguments());

		assertThat(count("select count(*) from competition.contest")).isEqualTo(contests);
		assertThat(count("select count(*) from competition.entry")).isEqualTo(entries);
	}

	@Test
	void theDemoWorkerAccountIsOneMemberEverywhere() {
		// the platform's one account link: mutual aid, contests, student aid and hardship
		// help all read it
		assertThat(this.jdbc.sql("""
				select m.name from member.member_account l
				join member.member m on m.id = l.member_id
				join account.account a on a.id = l.account_id
				where a.username = 'worker'""").query(String.class).list()).containsExactly("赵小雨");
		assertThat(
				count("select count(*) from mutualaid.claim c join member.member_account l on l.member_id = c.member_id"
						+ " join account.account a on a.id = l.account_id where a.username = 'worker'"))
			.isEqualTo(3);
	}

}
