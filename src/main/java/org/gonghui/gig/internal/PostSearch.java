package org.gonghui.gig.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A public job search: words (segmented), trade, least pay per hour (fen, compared with
 * each post's hourly equivalent), a point and radius (km), and a date range.
 */
public record PostSearch(@Nullable String q, @Nullable String trade, @Nullable Long minHourlyFen, @Nullable Double lat,
		@Nullable Double lon, @Nullable Double km, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static final double DEFAULT_KM = 10;

	public static final double MAX_KM = 200;

	public boolean hasPoint() {
		return this.lat != null && this.lon != null;
	}

	/** The radius, only when a point is given: the asked one, clamped, or the default. */
	public @Nullable Double radiusKm() {
		if (!hasPoint()) {
			return null;
		}
		return this.km == null || this.km <= 0 ? DEFAULT_KM : Math.min(this.km, MAX_KM);
	}

}
