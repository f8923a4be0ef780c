package org.gonghui.competition;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Prize classes, best first, filled in rank order (e.g. first 1, second 2, third 3).
 *
 * <p>
 * Ties: the classes' quotas are cumulative places. An entrant group sharing a rank gets
 * the class in which its first place falls, all of it, and the places it takes beyond
 * that class's quota come off the classes below. So with 1/2/3 and ranks 1, 2, 2, 2, 5 …
 * the three at rank 2 all get second and third shrinks to 2; a group straddling the last
 * class's end all get that class (more winners than the sum of quotas). Configure
 * tie-breakers where shared prizes are not allowed (national contests have no tied
 * gold/silver/bronze, RULES.md "Skill contests").
 *
 * <p>
 * Cap: with {@code capAtOneThirdOfParticipants}, prize-winners may not exceed
 * ⌊participants / 3⌋, a common limit in union-funded activities (RULES.md "Skill
 * contests", level L). The cap is hard: a tied group that would cross it gets no prize.
 */
public record PrizePlan(List<PrizeClass> classes, boolean capAtOneThirdOfParticipants) {

	public PrizePlan {
		classes = List.copyOf(classes);
	}

	public static PrizePlan of(PrizeClass... classes) {
		return new PrizePlan(List.of(classes), false);
	}

	public PrizePlan cappedAtOneThirdOfParticipants() {
		return new PrizePlan(this.classes, true);
	}

	/** The most winners the cap allows, or {@link Integer#MAX_VALUE} without a cap. */
	public int cap(int participants) {
		return this.capAtOneThirdOfParticipants ? participants / 3 : Integer.MAX_VALUE;
	}

	/**
	 * Awards for a final ranking; {@code ranking.size()} counts as the participants for
	 * the cap.
	 */
	public List<PrizeAward> award(List<RankedEntrant> ranking) {
		return award(ranking, ranking.size());
	}

	public List<PrizeAward> award(List<RankedEntrant> ranking, int participants) {
		int cap = cap(participants);
		List<PrizeAward> awards = new ArrayList<>();
		int taken = 0;
		for (List<RankedEntrant> group : RankGroups.of(ranking)) {
			PrizeClass prize = classAtPlace(taken);
			if (prize == null || taken + group.size() > cap) {
				break;
			}
			for (RankedEntrant entrant : group) {
				awards.add(new PrizeAward(entrant.entrantId(), entrant.rank(), prize));
			}
			taken += group.size();
		}
		return awards;
	}

	private @Nullable PrizeClass classAtPlace(int placesTaken) {
		int end = 0;
		for (PrizeClass prize : this.classes) {
			end += prize.quota();
			if (placesTaken < end) {
				return prize;
			}
		}
		return null;
	}

}
