package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.gonghui.competition.ContestDraft;
import org.gonghui.competition.ContestLevel;
import org.gonghui.competition.Criterion;
import org.gonghui.competition.EntryKind;
import org.gonghui.competition.RoundDraft;
import org.gonghui.competition.TieBreaker;
import org.gonghui.competition.VotingRule;
import org.gonghui.competition.VotePeriod;
import org.gonghui.member.SkillLevel;

/** Contests, their prize classes, rounds and judges, in SQL. */
@Repository
class ContestRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ContestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ContestDraft draft, String organiserName, String orgPath) {
		long id = this.jdbc.sql("""
				insert into competition.contest (name, organiser_org_id, organiser_name, org_path, level, trade,
				    entry_kind, description, sign_up_opens_on, sign_up_closes_on, contest_date, eligible_trades,
				    min_age, max_age, min_skill_level, cap_prizes_at_third, status, team_min_members, team_max_members)
				values (:name, :org, :orgName, cast(:path as ltree), :level, :trade, :kind, :description, :opens,
				    :closes, :date, cast(:trades as text[]), :minAge, :maxAge, :skill, :cap, 'SIGN_UP', :teamMin,
				    :teamMax)
				returning id""")
			.param("name", draft.name().strip())
			.param("org", draft.organiserOrgId())
			.param("orgName", organiserName)
			.param("path", orgPath)
			.param("level", draft.level().name())
			.param("trade", draft.trade().strip())
			.param("kind", draft.entryKind().name())
			.param("description", draft.description())
			.param("opens", draft.signUpOpensOn())
			.param("closes", draft.signUpClosesOn())
			.param("date", draft.contestDate())
			.param("trades", textArray(draft.eligibleTrades()))
			.param("minAge", draft.minAge())
			.param("maxAge", draft.maxAge())
			.param("skill", draft.minimumSkillLevel() == null ? null : draft.minimumSkillLevel().name())
			.param("cap", draft.capPrizesAtOneThird())
			.param("teamMin", draft.entryKind() == EntryKind.TEAM ? draft.teamMinMembers() : null)
			.param("teamMax", draft.entryKind() == EntryKind.TEAM ? draft.teamMaxMembers() : null)
			.query(Long.class)
			.single();
		int position = 1;
		for (ContestDraft.PrizeDraft prize : draft.prizes()) {
			this.jdbc.sql("""
					insert into competition.prize_class (contest_id, position, code, name, quota, nominate_to_pool)
					values (:contest, :position, :code, :name, :quota, :pool)""")
				.param("contest", id)
				.param("position", position)
				.param("code", "P" + position)
				.param("name", prize.name().strip())
				.param("quota", prize.quota())
				.param("pool", prize.nominateToTalentPool())
				.update();
			position++;
		}
		return id;
	}

	/** PostgreSQL's text-array literal, each element quoted. */
	static String textArray(Iterable<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (String value : values) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}

	Optional<StoredContest> find(long id) {
		return this.jdbc.sql(SELECT_CONTEST + " where id = :id")
			.param("id", id)
			.query(this::contest)
			.optional()
			.map(this::withPrizes);
	}

	Optional<StoredContest> findForUpdate(long id) {
		return this.jdbc.sql(SELECT_CONTEST + " where id = :id for update")
			.param("id", id)
			.query(this::contest)
			.optional()
			.map(this::withPrizes);
	}

	List<StoredContest> list(@Nullable String scopePath, @Nullable ContestStatus status, int limit, long offset) {
		String where = " where (cast(:scope as text) is null or org_path <@ cast(:scope as ltree))"
				+ " and (cast(:status as text) is null or status = :status)";
		return withPrizes(this.jdbc
			.sql(SELECT_CONTEST + where + " order by contest_date desc, id desc limit :limit offset :offset")
			.param("scope", scopePath)
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::contest)
			.list());
	}

	/**
	 * Contests taking sign-ups that are organised above this scope: a union nominates its
	 * members to them.
	 */
	List<StoredContest> openAbove(String scopePath) {
		return withPrizes(this.jdbc.sql(SELECT_CONTEST + """
				 where status = 'SIGN_UP' and org_path @> cast(:scope as ltree) and org_path <> cast(:scope as ltree)
				order by contest_date, id limit 50""").param("scope", scopePath).query(this::contest).list());
	}

	long count(@Nullable String scopePath, @Nullable ContestStatus status) {
		return this.jdbc.sql("""
				select count(*) from competition.contest
				where (cast(:scope as text) is null or org_path <@ cast(:scope as ltree))
				  and (cast(:status as text) is null or status = :status)""")
			.param("scope", scopePath)
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
	}

	void setStatus(long contestId, ContestStatus status) {
		this.jdbc.sql("update competition.contest set status = :status, version = version + 1 where id = :id")
			.param("status", status.name())
			.param("id", contestId)
			.update();
	}

	private StoredContest withPrizes(StoredContest contest) {
		return withPrizes(List.of(contest)).get(0);
	}

	/** Reads the prize classes of a whole page of contests in one query. */
	private List<StoredContest> withPrizes(List<StoredContest> contests) {
		if (contests.isEmpty()) {
			return contests;
		}
		Map<Long, List<StoredContest.StoredPrize>> byContest = new HashMap<>();
		this.jdbc.sql("""
				select contest_id, position, code, name, quota, nominate_to_pool from competition.prize_class
				where contest_id = any(?) order by contest_id, position""")
			.param(contests.stream().map(StoredContest::id).toArray(Long[]::new))
			.query((rs) -> {
				byContest.computeIfAbsent(rs.getLong("contest_id"), (id) -> new ArrayList<>())
					.add(new StoredContest.StoredPrize(rs.getInt("position"), rs.getString("code"),
							rs.getString("name"), rs.getInt("quota"), rs.getBoolean("nominate_to_pool")));
			});
		return contests.stream()
			.map((contest) -> withPrizes(contest, byContest.getOrDefault(contest.id(), List.of())))
			.toList();
	}

	private static StoredContest withPrizes(StoredContest contest, List<StoredContest.StoredPrize> prizes) {
		return new StoredContest(contest.id(), contest.name(), contest.organiserOrgId(), contest.organiserName(),
				contest.orgPath(), contest.level(), contest.trade(), contest.entryKind(), contest.description(),
				contest.signUpOpensOn(), contest.signUpClosesOn(), contest.contestDate(), contest.eligibleTrades(),
				contest.minAge(), contest.maxAge(), contest.minimumSkillLevel(), contest.capPrizesAtOneThird(),
				contest.status(), contest.teamMinMembers(), contest.teamMaxMembers(), prizes);
	}

	private StoredContest contest(ResultSet rs, int row) throws SQLException {
		String skill = rs.getString("min_skill_level");
		return new StoredContest(rs.getLong("id"), rs.getString("name"), rs.getLong("organiser_org_id"),
				rs.getString("organiser_name"), rs.getString("org_path"), ContestLevel.valueOf(rs.getString("level")),
				rs.getString("trade"), EntryKind.valueOf(rs.getString("entry_kind")), rs.getString("description"),
				rs.getObject("sign_up_opens_on", java.time.LocalDate.class),
				rs.getObject("sign_up_closes_on", java.time.LocalDate.class),
				rs.getObject("contest_date", java.time.LocalDate.class),
				new LinkedHashSet<>(strings(rs.getArray("eligible_trades"))), (Integer) rs.getObject("min_age"),
				(Integer) rs.getObject("max_age"), skill == null ? null : SkillLevel.valueOf(skill),
				rs.getBoolean("cap_prizes_at_third"), ContestStatus.valueOf(rs.getString("status")),
				(Integer) rs.getObject("team_min_members"), (Integer) rs.getObject("team_max_members"), List.of());
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	long insertRound(long contestId, int position, RoundDraft draft) {
		return this.jdbc.sql("""
				insert into competition.round (contest_id, position, name, weight_vote, weight_judges,
				    weight_objective, weight_time, objective_full_marks, trim_from_judges, tie_breakers,
				    advance_places, criteria, vote_period, votes_allowed)
				values (:contest, :position, :name, :vote, :judges, :objective, :time, :fullMarks, :trim, :tie,
				    :advance, cast(:criteria as jsonb), :period, :votesAllowed) returning id""")
			.param("period", draft.votingRule().period().name())
			.param("votesAllowed", draft.votingRule().votesAllowed())
			.param("contest", contestId)
			.param("position", position)
			.param("name", draft.name().strip())
			.param("vote", draft.voteWeight())
			.param("judges", draft.judgesWeight())
			.param("objective", draft.objectiveWeight())
			.param("time", draft.timeWeight())
			.param("fullMarks", draft.objectiveFullMarks())
			.param("trim", draft.trimFromJudges())
			.param("tie", String.join(",", draft.tieBreakers().stream().map(Enum::name).toList()))
			.param("advance", draft.advancePlaces())
			.param("criteria", JSON.writeValueAsString(draft.criteria()))
			.query(Long.class)
			.single();
	}

	List<StoredRound> rounds(long contestId) {
		return this.jdbc.sql(SELECT_ROUND + " where contest_id = :id order by position")
			.param("id", contestId)
			.query(this::mapRound)
			.list();
	}

	Optional<StoredRound> round(long roundId) {
		return this.jdbc.sql(SELECT_ROUND + " where id = :id").param("id", roundId).query(this::mapRound).optional();
	}

	Optional<StoredRound> roundForUpdate(long roundId) {
		return this.jdbc.sql(SELECT_ROUND + " where id = :id for update")
			.param("id", roundId)
			.query(this::mapRound)
			.optional();
	}

	/**
	 * A round, share-locked: sheets go in one at a time against closing the round or
	 * taking a judge off it, and always lock the round before the judge's assignment (the
	 * order those take too), so the two cannot deadlock.
	 */
	Optional<StoredRound> roundForShare(long roundId) {
		return this.jdbc.sql(SELECT_ROUND + " where id = :id for share")
			.param("id", roundId)
			.query(this::mapRound)
			.optional();
	}

	void setRoundStatus(long roundId, RoundStatus status, @Nullable Long by) {
		String stamp = switch (status) {
			case OPEN -> ", opened_at = now()";
			case CLOSED -> ", closed_at = now()";
			case PUBLISHED -> ", published_at = now(), published_by = :by";
			case SETUP -> "";
		};
		this.jdbc.sql("update competition.round set status = :status" + stamp + " where id = :id")
			.param("status", status.name())
			.param("id", roundId)
			.param("by", by)
			.update();
	}

	void markBallotOpened(long roundId, Instant opensAt, Instant closesAt) {
		this.jdbc.sql("""
				update competition.round set ballot_opened = true, vote_opens_at = :opens, vote_closes_at = :closes
				where id = :id""")
			.param("opens", Timestamp.from(opensAt))
			.param("closes", Timestamp.from(closesAt))
			.param("id", roundId)
			.update();
	}

	void markBallotReplaced(long roundId) {
		this.jdbc.sql("update competition.round set ballot_opened = false where id = :id")
			.param("id", roundId)
			.update();
	}

	private StoredRound mapRound(ResultSet rs, int row) throws SQLException {
		List<TieBreaker> tieBreakers = new ArrayList<>();
		for (String name : rs.getString("tie_breakers").split(",")) {
			if (!name.isBlank()) {
				tieBreakers.add(TieBreaker.valueOf(name.strip()));
			}
		}
		List<Criterion> criteria = JSON.readValue(rs.getString("criteria"), new TypeReference<List<Criterion>>() {
		});
		Timestamp closes = rs.getTimestamp("vote_closes_at");
		Timestamp published = rs.getTimestamp("published_at");
		return new StoredRound(rs.getLong("id"), rs.getLong("contest_id"), rs.getInt("position"), rs.getString("name"),
				rs.getInt("weight_vote"), rs.getInt("weight_judges"), rs.getInt("weight_objective"),
				rs.getInt("weight_time"), rs.getBigDecimal("objective_full_marks"), rs.getInt("trim_from_judges"),
				tieBreakers, (Integer) rs.getObject("advance_places"), criteria,
				new VotingRule(VotePeriod.valueOf(rs.getString("vote_period")), rs.getInt("votes_allowed")),
				RoundStatus.valueOf(rs.getString("status")), rs.getBoolean("ballot_opened"),
				closes == null ? null : closes.toInstant(), published == null ? null : published.toInstant());
	}

	void assignJudge(long roundId, long accountId, String name, @Nullable Long employerOrgId, boolean chief) {
		if (chief) {
			this.jdbc.sql("update competition.round_judge set chief = false where round_id = :round")
				.param("round", roundId)
				.update();
		}
		this.jdbc.sql("""
				insert into competition.round_judge (round_id, account_id, name, employer_org_id, chief)
				values (:round, :account, :name, :employer, :chief)
				on conflict (round_id, account_id) do update
				set name = excluded.name, employer_org_id = excluded.employer_org_id, chief = excluded.chief""")
			.param("round", roundId)
			.param("account", accountId)
			.param("name", name)
			.param("employer", employerOrgId)
			.param("chief", chief)
			.update();
	}

	List<JudgeRow> judges(long roundId) {
		return this.jdbc.sql("""
				select account_id, name, employer_org_id, chief from competition.round_judge
				where round_id = :round order by chief desc, name""")
			.param("round", roundId)
			.query((rs, row) -> new JudgeRow(rs.getLong("account_id"), rs.getString("name"),
					(Long) rs.getObject("employer_org_id"), rs.getBoolean("chief")))
			.list();
	}

	/** Rounds a judge account is assigned to, newest contest first. */
	List<Long> roundsOfJudge(long accountId) {
		return this.jdbc.sql("""
				select j.round_id from competition.round_judge j join competition.round r on r.id = j.round_id
				where j.account_id = :account order by r.contest_id desc, r.position""")
			.param("account", accountId)
			.query(Long.class)
			.list();
	}

	Map<Long, String> contestNames(List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, name from competition.contest where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * Locks a judge's assignment while they submit a sheet, so an unassignment waits for
	 * the sheet and then sees it.
	 */
	boolean lockJudge(long roundId, long accountId) {
		return this.jdbc
			.sql("select 1 from competition.round_judge where round_id = :round and account_id = :account for share")
			.param("round", roundId)
			.param("account", accountId)
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	/** Removes a judge; false if they were not assigned. */
	boolean unassignJudge(long roundId, long accountId) {
		return this.jdbc.sql("delete from competition.round_judge where round_id = :round and account_id = :account")
			.param("round", roundId)
			.param("account", accountId)
			.update() > 0;
	}

	record JudgeRow(long accountId, String name, @Nullable Long employerOrgId, boolean chief) {
	}

	static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}

	private static final String SELECT_CONTEST = """
			select id, name, organiser_org_id, organiser_name, org_path::text as org_path, level, trade, entry_kind,
			       description, sign_up_opens_on, sign_up_closes_on, contest_date, eligible_trades, min_age, max_age,
			       min_skill_level, cap_prizes_at_third, status, team_min_members, team_max_members
			from competition.contest""";

	private static final String SELECT_ROUND = """
			select id, contest_id, position, name, weight_vote, weight_judges, weight_objective, weight_time,
			       objective_full_marks, trim_from_judges, tie_breakers, advance_places, criteria::text as criteria,
			       vote_period, votes_allowed, status, ballot_opened, vote_closes_at, published_at
			from competition.round""";

}
