package org.gonghui.competition.internal.voting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void allowsTheBurstThenRefusesUntilTokensRefill() {
		TokenBuckets buckets = new TokenBuckets(3, 1);
		long t = 1_000 * SECOND;

		assertThat(buckets.tryTake("1.2.3.4", t)).isTrue();
		assertThat(buckets.tryTake("1.2.3.4", t)).isTrue();
		assertThat(buckets.tryTake("1.2.3.4", t)).isTrue();
		assertThat(buckets.tryTake("1.2.3.4", t)).isFalse();
		assertThat(buckets.tryTake("1.2.3.4", t + SECOND / 2)).isFalse();
		assertThat(buckets.tryTake("1.2.3.4", t + SECOND)).isTrue();
	}

	@Test
	void keepsOneBucketPerKey() {
		TokenBuckets buckets = new TokenBuckets(1, 1);

		assertThat(buckets.tryTake("a", 0)).isTrue();
		assertThat(buckets.tryTake("a", 0)).isFalse();
		assertThat(buckets.tryTake("b", 0)).isTrue();
	}

	@Test
	void flagsBurstsPerSlash24AndSlash64Network() {
		assertThat(BallotService.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
		assertThat(BallotService.network("203.0.113.5")).isEqualTo(BallotService.network("203.0.113.200"));
		assertThat(BallotService.network("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
	}

}
