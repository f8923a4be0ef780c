package org.gonghui.competition.internal.voting;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.gonghui.competition.VotePeriod;
import org.gonghui.competition.VoteRecord;
import org.gonghui.competition.VotingRule;

/**
 * The vote writer's SQL: two round trips per round and batch (then the commit). Every
 * statement of a batch costs both the writer and PostgreSQL a round trip however few
 * votes the batch holds, so the reads go out together and the writes are one statement.
 */
@Repository
class VoteBatchStore {

	private static final String LOCK_HEAD = """
			select period, votes_allowed, opens_at, closes_at, closed_at, vote_count, head_hash
			  from competition.ballot where round_id = ? for update""";

	private static final String CANDIDATES = "select entrant_id from competition.ballot_candidate where round_id = ?";

	private static final String EARLIER_VOTES = """
			select sequence, entrant_id, voter_hash, cast_at_ms, previous_hash, hash, client_vote_id
			  from competition.vote where round_id = ? and voter_hash = any(?) order by sequence""";

	// data-modifying CTEs all run to completion whether or not the update reads them;
	// an empty array inserts nothing. A network's burst count is this instance's, kept in
	// memory: after a restart within the window it starts again, so it never lowers the
	// stored one
	private static final String APPEND = """
			with appended as (
			    insert into competition.vote
			        (round_id, sequence, entrant_id, voter_hash, cast_at_ms, previous_hash, hash, client_vote_id)
			    select ?, * from unnest(?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
			), counted as (
			    insert into competition.vote_tally (round_id, entrant_id, votes)
			    select ?, e, c from unnest(?::bigint[], ?::bigint[]) as t(e, c)
			    on conflict (round_id, entrant_id) do update set votes = vote_tally.votes + excluded.votes
			), flagged as (
			    insert into competition.vote_flag (round_id, network, window_start, votes)
			    select ?, n, to_timestamp(w), c from unnest(?::text[], ?::bigint[], ?::integer[]) as f(n, w, c)
			    on conflict (round_id, network, window_start) do update set votes = greatest(vote_flag.votes, excluded.votes)
			)
			update competition.ballot set vote_count = ?, head_hash = ?, updated_at = now() where round_id = ?""";

	private final JdbcTemplate jdbc;

	VoteBatchStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the round's ballot row until the transaction ends (serialising appends to its
	 * chain, also against a second instance) and reads, in the same round trip, the
	 * candidates (unless {@code withCandidates} is false) and the earlier votes of these
	 * voters in sequence order. The statements run one after the other, each on a fresh
	 * snapshot, so the reads see every batch committed before the lock was granted.
	 * @return empty when the round has no ballot
	 */
	Optional<Locked> lock(long roundId, String[] voterHashes, boolean withCandidates) {
		String sql = LOCK_HEAD + ";\n" + (withCandidates ? CANDIDATES + ";\n" : "") + EARLIER_VOTES;
		return this.jdbc.execute((java.sql.Connection connection) -> connection.prepareStatement(sql),
				(PreparedStatement statement) -> {
					int parameter = 1;
					statement.setLong(parameter++, roundId);
					if (withCandidates) {
						statement.setLong(parameter++, roundId);
					}
					statement.setLong(parameter++, roundId);
					statement.setObject(parameter, voterHashes);
					statement.execute();
					BallotRepository.BallotHead head = head(roundId, statement.getResultSet());
					Set<Long> candidates = null;
					if (withCandidates) {
						statement.getMoreResults();
						candidates = candidates(statement.getResultSet());
					}
					statement.getMoreResults();
					List<BallotRepository.StoredVote> earlier = votes(roundId, statement.getResultSet());
					return Optional.ofNullable((head != null) ? new Locked(head, candidates, earlier) : null);
				});
	}

	/**
	 * Stores a round's accepted votes, adds them to the tally, moves the chain head and
	 * records the networks' burst counts, in one statement.
	 */
	void append(long roundId, Appended batch) {
		int n = batch.votes().size();
		long[] sequence = new long[n];
		long[] entrant = new long[n];
		String[] voter = new String[n];
		long[] castAt = new long[n];
		String[] previous = new String[n];
		String[] hash = new String[n];
		String[] client = new String[n];
		for (int i = 0; i < n; i++) {
			BallotRepository.StoredVote vote = batch.votes().get(i);
			VoteRecord r = vote.record();
			sequence[i] = r.sequence();
			entrant[i] = r.entrantId();
			voter[i] = r.voterHash();
			castAt[i] = r.castAt().toEpochMilli();
			previous[i] = r.previousHash();
			hash[i] = r.hash();
			client[i] = vote.clientVoteId();
		}
		this.jdbc.update(APPEND, roundId, sequence, entrant, voter, castAt, previous, hash, client, roundId,
				batch.tallyEntrants(), batch.tallyCounts(), roundId, batch.flagNetworks(), batch.flagWindowSeconds(),
				batch.flagVotes(), batch.voteCount(), batch.headHash(), roundId);
	}

	private static BallotRepository.@Nullable BallotHead head(long roundId, ResultSet rs) throws SQLException {
		try (rs) {
			if (!rs.next()) {
				return null;
			}
			return new BallotRepository.BallotHead(roundId,
					new VotingRule(VotePeriod.valueOf(rs.getString(1)), rs.getInt(2)), instant(rs.getTimestamp(3)),
					instant(rs.getTimestamp(4)), (rs.getTimestamp(5) != null) ? instant(rs.getTimestamp(5)) : null,
					rs.getLong(6), rs.getString(7));
		}
	}

	private static Set<Long> candidates(ResultSet rs) throws SQLException {
		try (rs) {
			Set<Long> ids = new HashSet<>();
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
			return ids;
		}
	}

	private static List<BallotRepository.StoredVote> votes(long roundId, ResultSet rs) throws SQLException {
		try (rs) {
			List<BallotRepository.StoredVote> votes = new ArrayList<>();
			while (rs.next()) {
				votes.add(new BallotRepository.StoredVote(
						new VoteRecord(rs.getLong(1), roundId, rs.getLong(2), rs.getString(3),
								Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getString(6)),
						rs.getString(7)));
			}
			return votes;
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	/**
	 * A round's locked head, its candidates when asked for, and the earlier votes of the
	 * batch's voters.
	 */
	record Locked(BallotRepository.BallotHead head, @Nullable Set<Long> candidates,
			List<BallotRepository.StoredVote> earlier) {
	}

	/**
	 * What a round's batch appends: the accepted votes in chain order, the tally delta
	 * per entrant, the new head, and the burst count of each network over the threshold
	 * (window start in epoch seconds).
	 */
	record Appended(List<BallotRepository.StoredVote> votes, long[] tallyEntrants, long[] tallyCounts, long voteCount,
			String headHash, String[] flagNetworks, long[] flagWindowSeconds, int[] flagVotes) {
	}

}
