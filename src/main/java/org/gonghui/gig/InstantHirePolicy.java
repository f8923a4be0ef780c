package org.gonghui.gig;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.web.GonghuiException;

/**
 * Instant-hire posts (即时快招) are for work today: they must expire within hours of posting
 * ({@code maxLifetime}, 12 hours unless configured), and never after the work starts, so
 * a worker never applies for a shift that is already under way.
 */
public record InstantHirePolicy(Duration maxLifetime) {

	public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(12);

	public static final InstantHirePolicy DEFAULT = new InstantHirePolicy(DEFAULT_MAX_LIFETIME);

	public InstantHirePolicy {
		if (maxLifetime.isNegative() || maxLifetime.isZero() || maxLifetime.compareTo(Duration.ofHours(72)) > 0) {
			throw new IllegalArgumentException("instant-hire lifetime must be within 72 hours: " + maxLifetime);
		}
	}

	/**
	 * The expiry when the employer names none: the maximum lifetime, cut at the work's
	 * start.
	 */
	public Instant defaultExpiry(Instant postedAt, @Nullable Instant workStartsAt) {
		Instant latest = postedAt.plus(this.maxLifetime);
		return workStartsAt != null && workStartsAt.isBefore(latest) ? workStartsAt : latest;
	}

	/**
	 * Refuses an expiry that is not after posting, later than {@code maxLifetime} after
	 * posting (argument: the maximum in hours), or after the work starts.
	 */
	public void validate(Instant postedAt, Instant expiresAt, @Nullable Instant workStartsAt) {
		if (!expiresAt.isAfter(postedAt)) {
			throw GonghuiException.invalidField("expiresAt", "gig.instant-hire.expiry-not-after-posting");
		}
		if (expiresAt.isAfter(postedAt.plus(this.maxLifetime))) {
			throw GonghuiException.invalidField("expiresAt", "gig.instant-hire.expiry-too-late",
					hours(this.maxLifetime));
		}
		if (workStartsAt != null && expiresAt.isAfter(workStartsAt)) {
			throw GonghuiException.invalidField("expiresAt", "gig.instant-hire.expiry-after-start");
		}
	}

	public boolean isExpired(Instant expiresAt, Instant now) {
		return !now.isBefore(expiresAt);
	}

	private static String hours(Duration duration) {
		long minutes = duration.toMinutes();
		return minutes % 60 == 0 ? Long.toString(minutes / 60)
				: String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
	}

}
