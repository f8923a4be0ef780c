package org.gonghui.competition.internal.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gonghui.competition.VoteChain;
import org.gonghui.competition.VoteDecision;
import org.gonghui.competition.VoteRecord;
import org.gonghui.competition.VotingRule;
import org.gonghui.competition.internal.VoteHashing;

/**
 * The single writer of all vote logs, with group commit. Request threads queue their vote
 * and wait; this thread takes whatever has queued (up to {@code maxBatch}), and in one
 * transaction per batch locks each round's ballot row, decides every vote in arrival
 * order against the voter's stored votes (so decisions per voter are serialised, also
 * against a second instance, which would wait on the row lock), appends the accepted ones
 * to the round's hash chain, and inserts them, adds them to the tally and moves the chain
 * head in one statement ({@link VoteBatchStore}). Only after the commit are the waiting
 * requests answered, so a 2xx means the vote is stored; a failed batch writes nothing and
 * every vote in it is answered "try again" (a retry with the same client vote id is then
 * safe either way).
 */
@Component
class VoteWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(VoteWriter.class);

	private final VoteBatchStore store;

	private final TransactionTemplate transactions;

	private final BlockingQueue<CastRequest> queue;

	private final int maxBatch;

	private final int burstPerMinute;

	private final Clock clock;

	/**
	 * Candidates of the rounds that have votes (they can no longer change); written and
	 * read by the writer thread only.
	 */
	private final Map<Long, Set<Long>> fixedCandidates = new HashMap<>();

	/** Accepted votes per (round, network, minute): in memory, see vote_flag. */
	private final Map<BurstKey, Integer> bursts = new HashMap<>();

	private volatile boolean running;

	/**
	 * Votes per committed batch ({@code gonghui.votes.batch}; the benchmark reports its
	 * mean).
	 */
	private final DistributionSummary batchSizes;

	private @Nullable Thread thread;

	VoteWriter(VoteBatchStore store, TransactionTemplate transactions, VotingProperties properties,
			MeterRegistry meters) {
		this.batchSizes = DistributionSummary.builder("gonghui.votes.batch")
			.description("Votes per committed batch of the vote writer")
			.register(meters);
		this.store = store;
		this.transactions = transactions;
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
		this.maxBatch = properties.maxBatch();
		this.burstPerMinute = properties.burstPerMinute();
		this.clock = Clock.systemUTC();
	}

	/**
	 * Queues a vote; the future completes after its batch commits (or fails).
	 * @return empty when the queue is full or the writer is stopped: nothing was queued
	 */
	@Nullable CompletableFuture<CastOutcome> submit(long roundId, long entrantId, String voterHash, String clientVoteId,
			String network) {
		if (!this.running) {
			return null;
		}
		CastRequest request = new CastRequest(roundId, entrantId, voterHash, clientVoteId, network,
				new CompletableFuture<>());
		return this.queue.offer(request) ? request.result() : null;
	}

	@Override
	public void start() {
		this.running = true;
		Thread writer = new Thread(this::run, "vote-writer");
		writer.setDaemon(false);
		this.thread = writer;
		writer.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread writer = this.thread;
		if (writer != null) {
			try {
				// it drains what was queued before it stops
				writer.join(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops after the web server (which stops first) has let its requests finish. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void run() {
		List<CastRequest> batch = new ArrayList<>(this.maxBatch);
		while (this.running || !this.queue.isEmpty()) {
			try {
				CastRequest first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, this.maxBatch - 1);
				write(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Vote batch of {} failed; nothing of it was stored", batch.size(), ex);
				batch.forEach((request) -> request.result().complete(CastOutcome.notStored()));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void write(List<CastRequest> batch) {
		this.batchSizes.record(batch.size());
		Map<CastRequest, CastOutcome> outcomes = this.transactions.execute((status) -> decideAndStore(batch));
		batch.forEach((request) -> request.result().complete(outcomes.get(request)));
	}

	private Map<CastRequest, CastOutcome> decideAndStore(List<CastRequest> batch) {
		Map<Long, List<CastRequest>> byRound = new LinkedHashMap<>();
		for (CastRequest request : batch) {
			byRound.computeIfAbsent(request.roundId(), (id) -> new ArrayList<>()).add(request);
		}
		Map<CastRequest, CastOutcome> outcomes = new HashMap<>();
		for (Map.Entry<Long, List<CastRequest>> round : byRound.entrySet()) {
			decideRound(round.getKey(), round.getValue(), outcomes);
		}
		forgetOldBursts();
		return outcomes;
	}

	private void decideRound(long roundId, List<CastRequest> requests, Map<CastRequest, CastOutcome> outcomes) {
		String[] voters = requests.stream().map(CastRequest::voterHash).distinct().toArray(String[]::new);
		Set<Long> known = this.fixedCandidates.get(roundId);
		VoteBatchStore.Locked locked = this.store.lock(roundId, voters, known == null).orElse(null);
		if (locked == null) {
			requests.forEach((request) -> outcomes.put(request, CastOutcome.refused("error.not-found")));
			return;
		}
		BallotRepository.BallotHead head = locked.head();
		Set<Long> candidates = (known != null) ? known : Objects.requireNonNull(locked.candidates());
		if (known == null && head.voteCount() > 0) {
			// opening a ballot again (which replaces its candidates) is refused once it
			// has
			// votes, so from then on its candidates need not be read again
			rememberCandidates(roundId, candidates);
		}
		Map<String, List<BallotRepository.StoredVote>> history = new HashMap<>();
		for (BallotRepository.StoredVote vote : locked.earlier()) {
			history.computeIfAbsent(vote.record().voterHash(), (v) -> new ArrayList<>()).add(vote);
		}
		VoteChain chain = (head.voteCount() == 0) ? VoteChain.start(roundId) : VoteChain.after(
				new VoteRecord(head.voteCount(), roundId, 0, VoteHashing.GENESIS, Instant.EPOCH, "", head.headHash()));
		List<BallotRepository.StoredVote> accepted = new ArrayList<>();
		Map<Long, Long> tally = new HashMap<>();
		// one upsert per network and minute per batch, however many of its votes it holds
		Set<BurstKey> touched = new LinkedHashSet<>();
		for (CastRequest request : requests) {
			List<BallotRepository.StoredVote> earlier = history.computeIfAbsent(request.voterHash(),
					(v) -> new ArrayList<>());
			BallotRepository.StoredVote retried = earlier.stream()
				.filter((vote) -> vote.clientVoteId().equals(request.clientVoteId()))
				.findFirst()
				.orElse(null);
			if (retried != null) {
				outcomes.put(request, CastOutcome.replayed(retried.record()));
				continue;
			}
			Instant now = this.clock.instant();
			String refusal = refusal(head, candidates, request, earlier, now);
			if (refusal != null) {
				outcomes.put(request, CastOutcome.refused(refusal));
				continue;
			}
			VoteRecord record = chain.append(request.entrantId(), request.voterHash(), now);
			BallotRepository.StoredVote stored = new BallotRepository.StoredVote(record, request.clientVoteId());
			earlier.add(stored);
			accepted.add(stored);
			tally.merge(request.entrantId(), 1L, Long::sum);
			outcomes.put(request, CastOutcome.accepted(record));
			BurstKey burst = new BurstKey(roundId, request.network(), now.truncatedTo(ChronoUnit.MINUTES));
			this.bursts.merge(burst, 1, Integer::sum);
			touched.add(burst);
		}
		if (!accepted.isEmpty()) {
			this.store.append(roundId, appended(accepted, tally, chain, touched));
		}
	}

	private VoteBatchStore.Appended appended(List<BallotRepository.StoredVote> accepted, Map<Long, Long> tally,
			VoteChain chain, Set<BurstKey> touched) {
		long[] entrants = new long[tally.size()];
		long[] counts = new long[tally.size()];
		int i = 0;
		for (Map.Entry<Long, Long> entry : tally.entrySet()) {
			entrants[i] = entry.getKey();
			counts[i++] = entry.getValue();
		}
		List<BurstKey> flagged = new ArrayList<>();
		for (BurstKey key : touched) {
			if (this.bursts.getOrDefault(key, 0) >= this.burstPerMinute) {
				flagged.add(key);
			}
		}
		String[] networks = new String[flagged.size()];
		long[] windows = new long[flagged.size()];
		int[] votes = new int[flagged.size()];
		for (int f = 0; f < flagged.size(); f++) {
			BurstKey key = flagged.get(f);
			networks[f] = key.network();
			windows[f] = key.windowStart().getEpochSecond();
			votes[f] = this.bursts.get(key);
		}
		return new VoteBatchStore.Appended(accepted, entrants, counts, chain.length(), chain.head(), networks, windows,
				votes);
	}

	private void rememberCandidates(long roundId, Set<Long> candidates) {
		if (this.fixedCandidates.size() >= 10_000) {
			this.fixedCandidates.clear();
		}
		this.fixedCandidates.put(roundId, candidates);
	}

	private static @Nullable String refusal(BallotRepository.BallotHead head, Set<Long> candidates, CastRequest request,
			List<BallotRepository.StoredVote> earlier, Instant now) {
		if (head.closedAt() != null || !now.isBefore(head.closesAt())) {
			return "vote.closed";
		}
		if (now.isBefore(head.opensAt())) {
			return "vote.not-open";
		}
		if (!candidates.contains(request.entrantId())) {
			return "vote.unknown-candidate";
		}
		VotingRule rule = head.rule();
		VoteDecision decision = rule.decide(earlier.stream().map((vote) -> vote.record().castAt()).toList(), now);
		return decision.accepted() ? null : decision.refusalKey();
	}

	private void forgetOldBursts() {
		if (this.bursts.size() > 10_000) {
			Instant cutoff = this.clock.instant().minus(Duration.ofMinutes(2));
			this.bursts.keySet().removeIf((key) -> key.windowStart().isBefore(cutoff));
		}
	}

	private record BurstKey(long roundId, String network, Instant windowStart) {
	}

	record CastRequest(long roundId, long entrantId, String voterHash, String clientVoteId, String network,
			CompletableFuture<CastOutcome> result) {

		// identity, not value equality: two retries of one vote are two requests
		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

	/**
	 * What became of a vote: stored now, stored earlier under the same client vote id
	 * (replayed), refused (with the message key), or not stored because the batch failed.
	 */
	record CastOutcome(@Nullable VoteRecord record, boolean replayed, @Nullable String refusalKey, boolean failed) {

		static CastOutcome accepted(VoteRecord record) {
			return new CastOutcome(record, false, null, false);
		}

		static CastOutcome replayed(VoteRecord record) {
			return new CastOutcome(record, true, null, false);
		}

		static CastOutcome refused(String key) {
			return new CastOutcome(null, false, key, false);
		}

		static CastOutcome notStored() {
			return new CastOutcome(null, false, null, true);
		}

	}

}
