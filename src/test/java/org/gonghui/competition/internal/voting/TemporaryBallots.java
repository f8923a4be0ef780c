package org.gonghui.competition.internal.voting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * TEMPORARY STAND-IN, test sources only: an in-memory {@link Ballots} so the contest
 * module's tests (and a local run with the test classpath) work before the real online
 * voting engine is merged. The lead deletes this file on merge; nothing depends on it
 * except through the {@link Ballots} interface.
 */
@Component
public class TemporaryBallots implements Ballots {

	private final Map<Long, BallotSpec> open = new ConcurrentHashMap<>();

	private final Map<Long, Map<Long, Long>> counts = new ConcurrentHashMap<>();

	@Override
	public void open(BallotSpec spec) {
		this.open.put(spec.roundId(), spec);
		this.counts.put(spec.roundId(), new ConcurrentHashMap<>());
	}

	@Override
	public void close(long roundId) {
		this.open.remove(roundId);
	}

	@Override
	public Map<Long, Long> counts(long roundId) {
		return Map.copyOf(this.counts.getOrDefault(roundId, Map.of()));
	}

	/** For tests: a vote as if cast by the public. */
	public void vote(long roundId, long entrantId) {
		if (!this.open.containsKey(roundId)) {
			throw new IllegalStateException("ballot closed");
		}
		this.counts.get(roundId).merge(entrantId, 1L, Long::sum);
	}

	public boolean isOpen(long roundId) {
		return this.open.containsKey(roundId);
	}

}
