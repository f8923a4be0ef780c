package org.gonghui.gig;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class InstantHirePolicyTests {

	private static final Instant POSTED = Instant.parse("2026-03-02T00:00:00Z");

	private final InstantHirePolicy policy = InstantHirePolicy.DEFAULT;

	@Test
	void acceptsExpiryExactlyTwelveHoursAfterPosting() {
		assertThatNoException().isThrownBy(() -> this.policy.validate(POSTED, POSTED.plus(Duration.ofHours(12)), null));
	}

	@Test
	void refusesExpiryTwelveHoursAndOneMinuteAfterPosting_namingTheLimit12() {
		assertThatExceptionOfType(GonghuiException.class)
			.isThrownBy(() -> this.policy.validate(POSTED, POSTED.plus(Duration.ofMinutes(12 * 60 + 1)), null))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo("gig.instant-hire.expiry-too-late");
				assertThat(ex.arguments()).containsExactly("12");
			});
	}

	@Test
	void refusesExpiryAtOrBeforePosting() {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(() -> this.policy.validate(POSTED, POSTED, null))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("gig.instant-hire.expiry-not-after-posting"));
	}

	@Test
	void refusesExpiryAfterTheWorkStarts_expires6hWorkStarts4h() {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(
				() -> this.policy.validate(POSTED, POSTED.plus(Duration.ofHours(6)), POSTED.plus(Duration.ofHours(4))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("gig.instant-hire.expiry-after-start"));
	}

	@Test
	void honoursAConfiguredLimit_4Hours() {
		InstantHirePolicy fourHours = new InstantHirePolicy(Duration.ofHours(4));

		assertThatExceptionOfType(GonghuiException.class)
			.isThrownBy(() -> fourHours.validate(POSTED, POSTED.plus(Duration.ofHours(5)), null))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("4"));
	}

	@Test
	void namesAFractionalLimitInHours_90MinutesIs1_5() {
		InstantHirePolicy ninetyMinutes = new InstantHirePolicy(Duration.ofMinutes(90));

		assertThatExceptionOfType(GonghuiException.class)
			.isThrownBy(() -> ninetyMinutes.validate(POSTED, POSTED.plus(Duration.ofHours(2)), null))
			.satisfies(ex -> assertThat(ex.arguments()).containsExactly("1.5"));
	}

	@Test
	void defaultsExpiryToTwelveHours_orTheWorkStartIfSooner() {
		assertThat(this.policy.defaultExpiry(POSTED, null)).isEqualTo(POSTED.plus(Duration.ofHours(12)));
		assertThat(this.policy.defaultExpiry(POSTED, POSTED.plus(Duration.ofHours(3))))
			.isEqualTo(POSTED.plus(Duration.ofHours(3)));
		assertThat(this.policy.defaultExpiry(POSTED, POSTED.plus(Duration.ofDays(2))))
			.isEqualTo(POSTED.plus(Duration.ofHours(12)));
	}

	@Test
	void isExpiredFromTheExpiryInstantOn() {
		Instant expiry = POSTED.plus(Duration.ofHours(12));

		assertThat(this.policy.isExpired(expiry, expiry.minusSeconds(1))).isFalse();
		assertThat(this.policy.isExpired(expiry, expiry)).isTrue();
	}

	@Test
	void refusesAConfiguredLimitOfZeroOrOverThreeDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InstantHirePolicy(Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new InstantHirePolicy(Duration.ofHours(73)));
	}

}
