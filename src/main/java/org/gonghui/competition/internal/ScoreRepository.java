package org.gonghui.competition.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.gonghui.competition.RankedEntrant;
import org.gonghui.competition.ScoreComponent;

/**
 * Judges' sheets, objective results, vote counts, computed rankings and awards. Sheets
 * are only ever inserted: a submitted sheet is locked.
 */
@Repository
class ScoreRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ScoreRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** False if the judge had already submitted for this entrant. */
	boolean insertSheet(long roundId, long judgeId, long entryId, Map<String, BigDecimal> points, BigDecimal total) {
		return this.jdbc.sql("""
				insert into competition.score_sheet (round_id, judge_account_id, entry_id, points, total)
				values (:round, :judge, :entry, cast(:points as jsonb), :total) on conflict do nothing""")
			.param("round", roundId)
			.param("judge", judgeId)
			.param("entry", entryId)
			.param("points", JSON.writeValueAsString(points))
			.param("total", total)
			.update() == 1;
	}

	/** Submitted totals per entrant. */
	Map<Long, List<BigDecimal>> judgeTotals(long roundId) {
		Map<Long, List<BigDecimal>> totals = new HashMap<>();
		this.jdbc
			.sql("select entry_id, total from competition.score_sheet where round_id = :round order by submitted_at")
			.param("round", roundId)
			.query((rs, row) -> totals.computeIfAbsent(rs.getLong("entry_id"), id -> new ArrayList<>())
				.add(rs.getBigDecimal("total")))
			.list();
		return totals;
	}

	/** One judge's submitted sheets in a round, by entrant. */
	Map<Long, Sheet> sheetsOf(long roundId, long judgeId) {
		Map<Long, Sheet> sheets = new HashMap<>();
		this.jdbc.sql("""
				select entry_id, points::text as points, total from competition.score_sheet
				where round_id = :round and judge_account_id = :judge""")
			.param("round", roundId)
			.param("judge", judgeId)
			.query((rs, row) -> sheets.put(rs.getLong("entry_id"),
					new Sheet(JSON.readValue(rs.getString("points"), new TypeReference<Map<String, BigDecimal>>() {
					}), rs.getBigDecimal("total"))))
			.list();
		return sheets;
	}

	/** How many sheets each judge has submitted in a round. */
	Map<Long, Integer> sheetCounts(long roundId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select judge_account_id, count(*) as n from competition.score_sheet where round_id = :round
				group by judge_account_id""")
			.param("round", roundId)
			.query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	void saveObjective(long roundId, long entryId, @Nullable BigDecimal score, @Nullable Duration time) {
		this.jdbc.sql("""
				insert into competition.objective_result (round_id, entry_id, score, time_ms)
				values (:round, :entry, :score, :time)
				on conflict (round_id, entry_id) do update set score = excluded.score, time_ms = excluded.time_ms""")
			.param("round", roundId)
			.param("entry", entryId)
			.param("score", score)
			.param("time", time == null ? null : time.toMillis())
			.update();
	}

	Map<Long, Objective> objectives(long roundId) {
		Map<Long, Objective> results = new HashMap<>();
		this.jdbc.sql("select entry_id, score, time_ms from competition.objective_result where round_id = :round")
			.param("round", roundId)
			.query((rs, row) -> {
				Long millis = (Long) rs.getObject("time_ms");
				return results.put(rs.getLong("entry_id"),
						new Objective(rs.getBigDecimal("score"), millis == null ? null : Duration.ofMillis(millis)));
			})
			.list();
		return results;
	}

	void replaceVotes(long roundId, Map<Long, Long> votes) {
		this.jdbc.sql("delete from competition.vote_count where round_id = :round").param("round", roundId).update();
		votes.forEach((entryId, count) -> this.jdbc
			.sql("insert into competition.vote_count (round_id, entry_id, votes) values (:round, :entry, :votes)")
			.param("round", roundId)
			.param("entry", entryId)
			.param("votes", count)
			.update());
	}

	Map<Long, Long> votes(long roundId) {
		Map<Long, Long> votes = new HashMap<>();
		this.jdbc.sql("select entry_id, votes from competition.vote_count where round_id = :round")
			.param("round", roundId)
			.query((rs, row) -> votes.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return votes;
	}

	void replaceResults(long roundId, List<RankedEntrant> ranking, List<Long> advancing,
			Map<Long, Integer> prizePositions) {
		this.jdbc.sql("delete from competition.round_result where round_id = :round").param("round", roundId).update();
		for (RankedEntrant ranked : ranking) {
			var entrant = ranked.entrant();
			this.jdbc.sql("""
					insert into competition.round_result (round_id, entry_id, rank, vote_score, judges_score,
					    objective_score, time_score, total, advances, prize_position)
					values (:round, :entry, :rank, :vote, :judges, :objective, :time, :total, :advances, :prize)""")
				.param("round", roundId)
				.param("entry", ranked.entrantId())
				.param("rank", ranked.rank())
				.param("vote", entrant.components().get(ScoreComponent.ONLINE_VOTE))
				.param("judges", entrant.components().get(ScoreComponent.JUDGES))
				.param("objective", entrant.components().get(ScoreComponent.OBJECTIVE_SCORE))
				.param("time", entrant.components().get(ScoreComponent.OBJECTIVE_TIME))
				.param("total", entrant.total())
				.param("advances", advancing.contains(ranked.entrantId()))
				.param("prize", prizePositions.get(ranked.entrantId()))
				.update();
		}
	}

	List<ResultRow> results(long roundId) {
		return this.jdbc.sql("""
				select r.entry_id, e.number, e.name, e.employer_name,
				       case when c.entry_kind = 'TEAM' then e.team_name end as team_name, r.rank, r.vote_score,
				       r.judges_score, r.objective_score, r.time_score, r.total, r.advances, r.prize_position,
				       v.votes
				from competition.round_result r join competition.entry e on e.id = r.entry_id
				join competition.contest c on c.id = e.contest_id
				left join competition.vote_count v on v.round_id = r.round_id and v.entry_id = r.entry_id
				where r.round_id = :round order by r.rank, length(e.number), e.number""")
			.param("round", roundId)
			.query((rs, row) -> new ResultRow(rs.getLong("entry_id"), rs.getString("number"), rs.getString("name"),
					rs.getString("employer_name"), rs.getString("team_name"), rs.getInt("rank"),
					rs.getBigDecimal("vote_score"), rs.getBigDecimal("judges_score"),
					rs.getBigDecimal("objective_score"), rs.getBigDecimal("time_score"), rs.getBigDecimal("total"),
					rs.getBoolean("advances"), (Integer) rs.getObject("prize_position"), (Long) rs.getObject("votes")))
			.list();
	}

	List<Long> advancing(long roundId) {
		return this.jdbc
			.sql("select entry_id from competition.round_result where round_id = :round and advances"
					+ " order by rank, entry_id")
			.param("round", roundId)
			.query(Long.class)
			.list();
	}

	/** One certificate: an individual's, or one team member's. */
	void insertAward(long contestId, long entryId, long memberId, String memberName, int rank, String prizeCode,
			String prizeName, boolean pool, String code, LocalDate awardedOn) {
		this.jdbc.sql("""
				insert into competition.award (contest_id, entry_id, member_id, member_name, rank, prize_code,
				    prize_name, nominated_to_pool, code, awarded_on)
				values (:contest, :entry, :member, :memberName, :rank, :prizeCode, :prizeName, :pool, :code, :on)""")
			.param("contest", contestId)
			.param("entry", entryId)
			.param("member", memberId)
			.param("memberName", memberName)
			.param("rank", rank)
			.param("prizeCode", prizeCode)
			.param("prizeName", prizeName)
			.param("pool", pool)
			.param("code", code)
			.param("on", Date.valueOf(awardedOn))
			.update();
	}

	List<AwardRow> awardsOfContest(long contestId) {
		return this.jdbc
			.sql(SELECT_AWARD + " where a.contest_id = :contest order by a.rank, length(e.number), e.number, a.id")
			.param("contest", contestId)
			.query(ScoreRepository::award)
			.list();
	}

	Optional<AwardRow> awardByCode(String code) {
		return this.jdbc.sql(SELECT_AWARD + " where a.code = :code")
			.param("code", code)
			.query(ScoreRepository::award)
			.optional();
	}

	/** A worker's awards, chosen as {@link EntryRepository#ofWorker} chooses entries. */
	List<AwardRow> awardsOfWorker(long accountId, @Nullable Long memberId) {
		if (memberId == null) {
			return List.of();
		}
		return this.jdbc.sql(SELECT_AWARD + """
				 where (cast(:member as bigint) is null and e.account_id = :account) or a.member_id = :member
				order by a.awarded_on desc""")
			.param("member", memberId)
			.param("account", accountId)
			.query(ScoreRepository::award)
			.list();
	}

	private static AwardRow award(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AwardRow(rs.getLong("id"), rs.getLong("contest_id"), rs.getString("contest_name"),
				rs.getString("organiser_name"), rs.getString("org_path"), rs.getLong("entry_id"),
				rs.getLong("member_id"), rs.getString("name"), rs.getString("team_name"), rs.getString("number"),
				rs.getString("employer_name"), rs.getInt("rank"), rs.getString("prize_name"),
				rs.getBoolean("nominated_to_pool"), rs.getString("code"), rs.getObject("awarded_on", LocalDate.class));
	}

	private static final String SELECT_AWARD = """
			select a.id, a.contest_id, c.name as contest_name, c.organiser_name, c.org_path::text as org_path,
			       a.entry_id, a.member_id, a.member_name as name,
			       case when c.entry_kind = 'TEAM' then e.team_name end as team_name, e.number,
			       coalesce(m.employer_name, e.employer_name) as employer_name, a.rank, a.prize_name,
			       a.nominated_to_pool, a.code, a.awarded_on
			from competition.award a join competition.contest c on c.id = a.contest_id
			join competition.entry e on e.id = a.entry_id
			left join competition.entry_member m on m.entry_id = a.entry_id and m.member_id = a.member_id""";

	record Sheet(Map<String, BigDecimal> points, BigDecimal total) {
	}

	record Objective(@Nullable BigDecimal score, @Nullable Duration time) {
	}

	/** A line of a round's ranking with every component. */
	record ResultRow(long entryId, @Nullable String number, String name, @Nullable String employer,
			@Nullable String teamName, int rank, @Nullable BigDecimal voteScore, @Nullable BigDecimal judgesScore,
			@Nullable BigDecimal objectiveScore, @Nullable BigDecimal timeScore, BigDecimal total, boolean advances,
			@Nullable Integer prizePosition, @Nullable Long votes) {
	}

	/**
	 * A certificate; {@code name} is the member it is made out to, {@code teamName} their
	 * team's for a team prize.
	 */
	record AwardRow(long id, long contestId, String contestName, String organiserName, String orgPath, long entryId,
			long memberId, String name, @Nullable String teamName, @Nullable String number, @Nullable String employer,
			int rank, String prizeName, boolean nominatedToPool, String code, LocalDate awardedOn) {
	}

}
