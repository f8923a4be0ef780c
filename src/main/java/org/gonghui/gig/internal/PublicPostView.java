package org.gonghui.gig.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import org.gonghui.gig.PayUnit;
import org.gonghui.member.SkillLevel;

/**
 * A post as the public sees it: no managing-union path, the employer as a name and
 * whether it is a verified enterprise.
 */
record PublicPostView(long id, String title, String trade, String description, @Nullable String requirements,
		@Nullable SkillLevel requiredLevel, PayUnit payUnit, long payFen, @Nullable Long estimatedHourlyFen,
		String employerName, boolean verifiedEnterprise, String regionCode, String address, double lat, double lon,
		LocalDate workDate, LocalTime startTime, LocalTime endTime, int headcount, boolean instantHire,
		@Nullable Instant expiresAt, @Nullable Double distanceKm, @Nullable Long siteId) {

	static PublicPostView of(PostRecord p) {
		return new PublicPostView(p.id(), p.title(), p.trade(), p.description(), p.requirements(), p.requiredLevel(),
				p.payUnit(), p.payFen(), p.estimatedHourlyFen(), p.employerName(), p.enterprise(), p.regionCode(),
				p.address(), p.lat(), p.lon(), p.workDate(), p.startTime(), p.endTime(), p.headcount(), p.instantHire(),
				p.expiresAt(), p.distanceKm(), p.siteId());
	}

}
