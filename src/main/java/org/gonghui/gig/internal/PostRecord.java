package org.gonghui.gig.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import org.gonghui.gig.PayUnit;
import org.gonghui.member.SkillLevel;

/**
 * A gig post as stored; {@code distanceKm} is set when a search named a point.
 * {@code applicants} counts the applications (only filled for the employer's lists).
 */
public record PostRecord(long id, long employerAccountId, String employerName, @Nullable Long employerOrgId,
		@Nullable String creditCode, String orgPath, @Nullable Long siteId, String title, String trade,
		String description, @Nullable String requirements, @Nullable SkillLevel requiredLevel, PayUnit payUnit,
		long payFen, @Nullable Long estimatedHourlyFen, long hourlyEquivalentFen, boolean minimumWageChecked,
		String regionCode, String address, double lat, double lon, LocalDate workDate, LocalTime startTime,
		LocalTime endTime, int headcount, boolean instantHire, @Nullable Instant expiresAt, PostStatus status,
		@Nullable String hiddenReason, Instant createdAt, @Nullable Double distanceKm, int applicants) {

	public boolean enterprise() {
		return this.creditCode != null;
	}

	public java.time.@Nullable LocalDateTime expiresLocal() {
		return this.expiresAt == null ? null
				: java.time.LocalDateTime.ofInstant(this.expiresAt, org.gonghui.shared.BusinessTime.ZONE);
	}

	public @Nullable String estimatedHourlyYuan() {
		return this.estimatedHourlyFen == null ? null
				: java.math.BigDecimal.valueOf(this.estimatedHourlyFen, 2).toPlainString();
	}

	/**
	 * The place on mainland map tiles (GCJ-02), for markers; the stored point is WGS-84.
	 */
	public org.gonghui.shared.geo.GeoPoint gcj() {
		return org.gonghui.shared.geo.ChinaCoordinates
			.wgs84ToGcj02(org.gonghui.shared.geo.GeoPoint.of(this.lat, this.lon));
	}

	/** The pay as 元 text with its unit key, for pages: {@code 180.00}. */
	public String payYuan() {
		return java.math.BigDecimal.valueOf(this.payFen, 2).toPlainString();
	}

}
