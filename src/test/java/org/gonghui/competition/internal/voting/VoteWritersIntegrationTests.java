package org.gonghui.competition.internal.voting;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.competition.Recount;
import org.gonghui.competition.RecountResult;
import org.gonghui.competition.VoteChain;
import org.gonghui.competition.VotePeriod;
import org.gonghui.competition.VoteRecord;
import org.gonghui.competition.VotingRule;
import org.gonghui.org.OrgDirectory;
import org.gonghui.support.IntegrationTest;
import org.gonghui.support.LockWaits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes write votes to the same round, each with its own writer: the
 * round keeps one hash chain and every voter's limit holds. This rests on the order of
 * the statements in {@link VoteBatchStore#lock}: the ballot row is locked
 * {@code FOR UPDATE} first, and the candidates and the voters' earlier votes are read
 * after the lock was granted, so they see every batch the other node committed while this
 * one waited.
 */
@IntegrationTest
class VoteWritersIntegrationTests {

	private static final String NETWORK = "203.0.113.0/24";

	@Autowired
	Ballots ballots;

	@Autowired
	BallotRepository repository;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	VotingProperties properties;

	/** A node's writer: its own store, its own thread and connection per batch. */
	record Node(VoteWriter writer, SimpleMeterRegistry meters) {

		long batches() {
			return this.meters.summary("gonghui.votes.batch").count();
		}

	}

	Node node() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		VoteWriter writer = new VoteWriter(new VoteBatchStore(this.jdbcTemplate), this.transactions, this.properties,
				meters);
		writer.start();
		return new Node(writer, meters);
	}

	long openOncePerRound() {
		long round = 2_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		this.ballots.open(new BallotSpec(78, round, "调饮师技能大赛", "复赛", this.orgs.root().path(),
				new VotingRule(VotePeriod.PER_ROUND, 1), Instant.now().minus(Duration.ofHours(1)),
				Instant.now().plus(Duration.ofDays(3)),
				List.of(new BallotSpec.Candidate(11, "001", "李调饮", "茶饮门店店长", null),
						new BallotSpec.Candidate(12, "002", "张咖啡", "咖啡师", null),
						new BallotSpec.Candidate(13, "003", "王奶茶", "饮品研发", null))));
		return round;
	}

	static String voterHash() {
		return (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "");
	}

	@Test
	void twoWritersOnOneRoundKeepOneChainAndEveryVotersLimit() throws Exception {
		long round = openOncePerRound();
		int clients = 6;
		int votesPerClient = 30;
		// every voter votes once through each node at about the same time (their clients
		// walk the same voters in the same order); every fifth is a retry of one vote
		// under the same client vote id that reached both nodes
		List<String> voters = new ArrayList<>();
		for (int i = 0; i < clients * votesPerClient; i++) {
			voters.add(voterHash());
		}
		Node a = node();
		Node b = node();
		ExecutorService pool = Executors.newFixedThreadPool(2 * clients);
		CountDownLatch start = new CountDownLatch(1);
		Map<String, List<VoteWriter.CastOutcome>> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
		List<Future<?>> done = new ArrayList<>();
		try {
			for (Node node : List.of(a, b)) {
				for (int c = 0; c < clients; c++) {
					int client = c;
					done.add(pool.submit(() -> {
						start.await();
						// one vote in flight per client, as an HTTP client waits for its
						// answer: each node commits many small batches, not one big one
						for (int v = 0; v < votesPerClient; v++) {
							int i = client * votesPerClient + v;
							String voter = voters.get(i);
							String clientVoteId = (i % 5 == 0 || node == a) ? "v" + i : "w" + i;
							VoteWriter.CastOutcome outcome = node.writer()
								.submit(round, 11 + (i + ((node == a) ? 0 : 1)) % 3, voter, clientVoteId, NETWORK)
								.get(30, TimeUnit.SECONDS);
							outcomes.computeIfAbsent(voter, (k) -> new java.util.concurrent.CopyOnWriteArrayList<>())
								.add(outcome);
						}
						return null;
					}));
				}
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
			a.writer().stop();
			b.writer().stop();
		}

		assertThat(a.batches()).as("batches of node A").isGreaterThanOrEqualTo(votesPerClient);
		assertThat(b.batches()).as("batches of node B").isGreaterThanOrEqualTo(votesPerClient);
		List<VoteRecord> accepted = new ArrayList<>();
		for (int i = 0; i < voters.size(); i++) {
			List<VoteWriter.CastOutcome> two = outcomes.get(voters.get(i));
			assertThat(two).as("voter %d", i).hasSize(2).noneMatch(VoteWriter.CastOutcome::failed);
			List<VoteWriter.CastOutcome> stored = two.stream()
				.filter((o) -> o.record() != null && !o.replayed())
				.toList();
			assertThat(stored).as("votes stored for voter %d: %s", i, two).hasSize(1);
			VoteWriter.CastOutcome other = two.get((two.get(0) == stored.get(0)) ? 1 : 0);
			if (i % 5 == 0) {
				assertThat(other.replayed()).as("retry of voter %d: %s", i, other).isTrue();
				assertThat(other.record()).isEqualTo(stored.get(0).record());
			}
			else {
				assertThat(other.refusalKey()).as("second vote of voter %d", i).isEqualTo("vote.round-limit-reached");
			}
			accepted.add(stored.get(0).record());
		}
		assertOneChain(round, accepted);
	}

	/**
	 * The same race made certain: the test holds the ballot row, both nodes queue a vote
	 * of the same voter and wait for it, then the row is let go. Whichever node goes
	 * second must see the first one's vote, so it refuses the second vote of a
	 * once-per-round voter, or answers a retry under the same client vote id with the
	 * stored vote; if it had read before it waited (or not waited at all) it would store
	 * a second vote or fail its batch.
	 */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aNodeThatWaitedForTheBallotRowReadsWhatTheOtherNodeCommittedMeanwhile(boolean sameClientVoteId)
			throws Exception {
		long round = openOncePerRound();
		Node a = node();
		Node b = node();
		try {
			// a chain to continue, and candidates the writers already know
			VoteRecord first = a.writer()
				.submit(round, 13, voterHash(), "x", NETWORK)
				.get(30, TimeUnit.SECONDS)
				.record();
			assertThat(b.writer().submit(round, 13, voterHash(), "y", NETWORK).get(30, TimeUnit.SECONDS).record())
				.isNotNull();
			assertThat(first).isNotNull();
			String voter = voterHash();
			CompletableFuture<VoteWriter.CastOutcome> viaA;
			CompletableFuture<VoteWriter.CastOutcome> viaB;
			try (Connection held = this.dataSource.getConnection()) {
				held.setAutoCommit(false);
				LockWaits.execute(held, "select 1 from competition.ballot where round_id = " + round + " for update");
				viaA = a.writer().submit(round, 11, voter, "a", NETWORK);
				LockWaits.awaitLockWaits(this.jdbc, 1, "node A's batch");
				viaB = b.writer().submit(round, 12, voter, sameClientVoteId ? "a" : "b", NETWORK);
				LockWaits.awaitLockWaits(this.jdbc, 2, "node B's batch");
				held.rollback();
			}
			List<VoteWriter.CastOutcome> two = List.of(viaA.get(30, TimeUnit.SECONDS), viaB.get(30, TimeUnit.SECONDS));

			assertThat(two).noneMatch(VoteWriter.CastOutcome::failed);
			List<VoteWriter.CastOutcome> stored = two.stream()
				.filter((o) -> o.record() != null && !o.replayed())
				.toList();
			assertThat(stored).as("%s", two).hasSize(1);
			assertThat(stored.get(0).record().sequence()).isEqualTo(3);
			VoteWriter.CastOutcome other = two.get((two.get(0) == stored.get(0)) ? 1 : 0);
			if (sameClientVoteId) {
				assertThat(other.replayed()).as("%s", other).isTrue();
				assertThat(other.record()).isEqualTo(stored.get(0).record());
			}
			else {
				assertThat(other.refusalKey()).as("%s", other).isEqualTo("vote.round-limit-reached");
			}
			List<VoteRecord> log = this.repository.log(round);
			assertOneChain(round, log);
			assertThat(log.get(2)).isEqualTo(stored.get(0).record());
		}
		finally {
			a.writer().stop();
			b.writer().stop();
		}
	}

	/**
	 * Rows are the accepted votes, numbered 1..n without gaps or repeats, each linked to
	 * the one before (the documented recount, against the ballot's head), the tally
	 * counts the rows per candidate and the ballot's head is the last row.
	 */
	void assertOneChain(long round, List<VoteRecord> accepted) {
		List<VoteRecord> log = this.repository.log(round);
		assertThat(log).hasSize(accepted.size());
		assertThat(log).containsExactlyInAnyOrderElementsOf(accepted);
		assertThat(log.stream().map(VoteRecord::sequence).toList())
			.isEqualTo(LongStream.rangeClosed(1, accepted.size()).boxed().toList());
		BallotRepository.BallotRow ballot = this.repository.find(round).orElseThrow();
		RecountResult recount = Recount.of(round, log, new VoteChain.Checkpoint(ballot.voteCount(), ballot.headHash()));
		assertThat(recount.intact()).as("recount: %s at %d", recount.problem(), recount.problemAtSequence()).isTrue();
		assertThat(ballot.voteCount()).isEqualTo(log.size());
		assertThat(ballot.headHash()).isEqualTo(log.get(log.size() - 1).hash());
		Map<Long, Long> rows = log.stream()
			.collect(Collectors.groupingBy(VoteRecord::entrantId, Collectors.counting()));
		assertThat(this.repository.tally(round)).isEqualTo(rows);
		assertThat(recount.votesByEntrant()).isEqualTo(rows);
		Map<String, Long> perVoter = new HashMap<>();
		log.forEach((vote) -> perVoter.merge(vote.voterHash(), 1L, Long::sum));
		assertThat(perVoter.values()).containsOnly(1L);
	}

}
