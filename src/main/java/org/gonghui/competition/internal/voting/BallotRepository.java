package org.gonghui.competition.internal.voting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.competition.VotePeriod;
import org.gonghui.competition.VoteRecord;
import org.gonghui.competition.VotingRule;
import org.gonghui.shared.db.OrgPaths;

/** The ballots, candidates, codes, tokens, tally and flags tables (SQL by hand). */
@Repository
class BallotRepository {

	private final JdbcClient jdbc;

	BallotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ballot row locked until the transaction ends: serialises appends to its chain.
	 */
	Optional<BallotHead> lockHead(long roundId) {
		return this.jdbc.sql("""
				select period, votes_allowed, opens_at, closes_at, closed_at, vote_count, head_hash
				  from competition.ballot where round_id = :roundId for update""")
			.param("roundId", roundId)
			.query((rs, row) -> new BallotHead(roundId,
					new VotingRule(VotePeriod.valueOf(rs.getString(1)), rs.getInt(2)), instant(rs.getTimestamp(3)),
					instant(rs.getTimestamp(4)), nullableInstant(rs.getTimestamp(5)), rs.getLong(6), rs.getString(7)))
			.optional();
	}

	void save(BallotSpec spec) {
		this.jdbc.sql("""
				insert into competition.ballot (round_id, contest_id, contest_name, round_name, org_path, period,
				                                votes_allowed, opens_at, closes_at)
				values (:roundId, :contestId, :contestName, :roundName, cast(:orgPath as ltree), :period,
				        :votesAllowed, :opensAt, :closesAt)
				on conflict (round_id) do update
				   set contest_id = excluded.contest_id, contest_name = excluded.contest_name,
				       round_name = excluded.round_name, org_path = excluded.org_path, period = excluded.period,
				       votes_allowed = excluded.votes_allowed, opens_at = excluded.opens_at,
				       closes_at = excluded.closes_at, closed_at = null, updated_at = now()""")
			.param("roundId", spec.roundId())
			.param("contestId", spec.contestId())
			.param("contestName", spec.contestName())
			.param("roundName", spec.roundName())
			.param("orgPath", spec.organiserOrgPath())
			.param("period", spec.rule().period().name())
			.param("votesAllowed", spec.rule().votesAllowed())
			.param("opensAt", Timestamp.from(spec.opensAt()))
			.param("closesAt", Timestamp.from(spec.closesAt()))
			.update();
		this.jdbc.sql("delete from competition.ballot_candidate where round_id = :roundId")
			.param("roundId", spec.roundId())
			.update();
		int position = 0;
		for (BallotSpec.Candidate c : spec.candidates()) {
			this.jdbc.sql("""
					insert into competition.ballot_candidate
					    (round_id, entrant_id, position, number, name, description, photo_url)
					values (:roundId, :entrantId, :position, :number, :name, :description, :photoUrl)""")
				.param("roundId", spec.roundId())
				.param("entrantId", c.entrantId())
				.param("position", position++)
				.param("number", c.number())
				.param("name", c.name())
				.param("description", c.description())
				.param("photoUrl", c.photoUrl())
				.update();
		}
	}

	int close(long roundId, Instant at) {
		return this.jdbc.sql("""
				update competition.ballot set closed_at = coalesce(closed_at, :at), updated_at = now()
				 where round_id = :roundId""").param("at", Timestamp.from(at)).param("roundId", roundId).update();
	}

	Optional<BallotRow> find(long roundId) {
		return this.jdbc.sql("""
				select round_id, contest_id, contest_name, round_name, cast(org_path as text), period, votes_allowed,
				       opens_at, closes_at, closed_at, vote_count, head_hash
				  from competition.ballot where round_id = :roundId""")
			.param("roundId", roundId)
			.query((rs, row) -> new BallotRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), new VotingRule(VotePeriod.valueOf(rs.getString(6)), rs.getInt(7)),
					instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), nullableInstant(rs.getTimestamp(10)),
					rs.getLong(11), rs.getString(12)))
			.optional();
	}

	List<BallotSpec.Candidate> candidates(long roundId) {
		return this.jdbc.sql("""
				select entrant_id, number, name, description, photo_url from competition.ballot_candidate
				 where round_id = :roundId order by position""")
			.param("roundId", roundId)
			.query((rs, row) -> new BallotSpec.Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	Map<Long, Long> tally(long roundId) {
		return this.jdbc.sql("select entrant_id, votes from competition.vote_tally where round_id = :roundId")
			.param("roundId", roundId)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	List<VoteFlag> flags(long roundId) {
		return this.jdbc.sql("""
				select network, window_start, votes, flagged_at from competition.vote_flag
				 where round_id = :roundId order by window_start desc, network limit 200""")
			.param("roundId", roundId)
			.query((rs, row) -> new VoteFlag(rs.getString(1), instant(rs.getTimestamp(2)), rs.getInt(3),
					instant(rs.getTimestamp(4))))
			.list();
	}

	List<VoteRecord> log(long roundId) {
		return this.jdbc.sql("""
				select sequence, entrant_id, voter_hash, cast_at_ms, previous_hash, hash
				  from competition.vote where round_id = :roundId order by sequence""")
			.param("roundId", roundId)
			.query((rs, row) -> new VoteRecord(rs.getLong(1), roundId, rs.getLong(2), rs.getString(3),
					Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getString(6)))
			.list();
	}

	void saveCode(long roundId, String mobileHash, String codeHash, Instant expiresAt) {
		this.jdbc.sql("""
				insert into competition.vote_code (round_id, mobile_hash, code_hash, expires_at)
				values (:roundId, :mobileHash, :codeHash, :expiresAt)""")
			.param("roundId", roundId)
			.param("mobileHash", mobileHash)
			.param("codeHash", codeHash)
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	/** The newest unused code sent to the number for the round, locked. */
	Optional<SentCode> latestCode(long roundId, String mobileHash) {
		return this.jdbc.sql("""
				select id, code_hash, expires_at, attempts from competition.vote_code
				 where round_id = :roundId and mobile_hash = :mobileHash and used_at is null
				 order by created_at desc, id desc limit 1 for update""")
			.param("roundId", roundId)
			.param("mobileHash", mobileHash)
			.query((rs, row) -> new SentCode(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)), rs.getInt(4)))
			.optional();
	}

	void countAttempt(long codeId) {
		this.jdbc.sql("update competition.vote_code set attempts = attempts + 1 where id = :id")
			.param("id", codeId)
			.update();
	}

	void useCode(long codeId, Instant at) {
		this.jdbc.sql("update competition.vote_code set used_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", codeId)
			.update();
	}

	void recordToken(VoterTokens.VoterToken token, String method) {
		this.jdbc.sql("""
				insert into competition.voter_token (id, round_id, voter_hash, method, expires_at)
				values (:id, :roundId, :voterHash, :method, :expiresAt)""")
			.param("id", token.id())
			.param("roundId", token.roundId())
			.param("voterHash", token.voterHash())
			.param("method", method)
			.param("expiresAt", Timestamp.from(token.expiresAt()))
			.update();
	}

	void recordTokens(long roundId, String[] ids, String[] voterHashes, Instant expiresAt, String method) {
		this.jdbc.sql("""
				insert into competition.voter_token (id, round_id, voter_hash, method, expires_at)
				select i, ?, v, ?, ? from unnest(?::uuid[], ?::text[]) as t(i, v)""")
			.params(roundId, method, Timestamp.from(expiresAt), ids, voterHashes)
			.update();
	}

	int rebase(String oldPath, String newPath) {
		return OrgPaths.rebase(this.jdbc, oldPath, newPath, "competition.ballot");
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static @Nullable Instant nullableInstant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The part of a ballot the vote writer needs, read under the row lock. */
	record BallotHead(long roundId, VotingRule rule, Instant opensAt, Instant closesAt, @Nullable Instant closedAt,
			long voteCount, String headHash) {

		boolean acceptsAt(Instant now) {
			return this.closedAt == null && !now.isBefore(this.opensAt) && now.isBefore(this.closesAt);
		}

	}

	record BallotRow(long roundId, long contestId, String contestName, String roundName, String orgPath,
			VotingRule rule, Instant opensAt, Instant closesAt, @Nullable Instant closedAt, long voteCount,
			String headHash) {

		boolean openAt(Instant now) {
			return this.closedAt == null && !now.isBefore(this.opensAt) && now.isBefore(this.closesAt);
		}

	}

	record StoredVote(VoteRecord record, String clientVoteId) {
	}

	record SentCode(long id, String codeHash, Instant expiresAt, int attempts) {
	}

	record VoteFlag(String network, Instant windowStart, int votes, Instant flaggedAt) {
	}

}
