package org.gonghui.gig;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;
import org.gonghui.shared.geo.GeoPoint;

/**
 * A worker who applied for (or could be offered) a job: the trades on their profile,
 * their certified skill level (none if uncertified), where they are, when they are
 * available.
 */
public record Candidate(long workerId, Set<String> trades, @Nullable SkillLevel skillLevel, @Nullable GeoPoint location,
		List<TimeWindow> availability, RatingSummary ratings) {

	public Candidate {
		trades = Set.copyOf(trades);
		availability = List.copyOf(availability);
	}

}
