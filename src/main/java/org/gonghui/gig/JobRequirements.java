package org.gonghui.gig;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;
import org.gonghui.shared.geo.GeoPoint;

/** What a job asks for, as far as ranking candidates is concerned. */
public record JobRequirements(String trade, @Nullable SkillLevel requiredLevel, GeoPoint place, TimeWindow window) {
}
