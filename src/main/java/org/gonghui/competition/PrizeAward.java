package org.gonghui.competition;

/** An entrant's prize in a final ranking. */
public record PrizeAward(long entrantId, int rank, PrizeClass prizeClass) {
}
