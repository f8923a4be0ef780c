package org.gonghui.competition;

import java.time.LocalDate;

/**
 * A member won a prize when a contest's final round was published. For the craftsman and
 * model-worker register: the honour ({@code prizeName} in {@code contestName}), the date,
 * the source contest, and whether the organiser nominated the winner to the talent pool
 * (e.g. the bartender contest's first prize into the "市南工匠" pool).
 */
public record PrizeAwarded(long contestId, String contestName, long entryId, long memberId, String memberName,
		String prizeName, int rank, LocalDate awardedOn, boolean nominatedToTalentPool, long organiserOrgId,
		String orgPath, String verificationCode) {
}
