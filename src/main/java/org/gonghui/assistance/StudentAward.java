package org.gonghui.assistance;

import java.time.Instant;
import java.time.Year;
import java.util.UUID;

import org.gonghui.shared.money.Money;

/**
 * One student's award in one aid year.
 *
 * @param studentKey a stable key for the student (e.g. the keyed hash of the ID number):
 * one award per student per year
 */
public record StudentAward(UUID id, Year year, String studentKey, long memberId, SchoolLevel level,
		StudentHouseholdType householdType, Money amount, long recordedBy, Instant recordedAt) {
}
