package org.gonghui.competition.internal.voting;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token-bucket rate limits kept in memory, one bucket per key (an IP address, a mobile
 * number's pseudonym). In memory on purpose: they blunt bots, they are not a record; a
 * restart or a second instance starts with full buckets.
 */
final class TokenBuckets {

	private static final int MAX_KEYS = 200_000;

	private final double capacity;

	private final double refillPerNano;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	TokenBuckets(double capacity, double refillPerSecond) {
		this.capacity = capacity;
		this.refillPerNano = refillPerSecond / 1_000_000_000d;
	}

	/** Takes one token for {@code key}; false when its bucket is empty. */
	boolean tryTake(String key) {
		return tryTake(key, System.nanoTime());
	}

	boolean tryTake(String key, long nowNanos) {
		if (this.buckets.size() > MAX_KEYS) {
			// idle buckets are full anyway: forgetting them changes no decision
			this.buckets.values().removeIf((bucket) -> bucket.isFull(nowNanos));
		}
		return this.buckets.computeIfAbsent(key, (k) -> new Bucket(this.capacity, nowNanos)).take(nowNanos);
	}

	private final class Bucket {

		private double tokens;

		private long updatedAt;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updatedAt = now;
		}

		synchronized boolean take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return true;
			}
			return false;
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= TokenBuckets.this.capacity;
		}

		private void refill(long now) {
			long elapsed = Math.max(0, now - this.updatedAt);
			this.tokens = Math.min(TokenBuckets.this.capacity, this.tokens + elapsed * TokenBuckets.this.refillPerNano);
			this.updatedAt = now;
		}

	}

}
