package org.gonghui.competition;

import java.util.Comparator;

/**
 * One step of a round's tie-break order, applied when weighted totals are equal. Ties
 * "often go to the higher practical score" (RULES.md "Skill contests"), hence
 * HIGHER_JUDGES usually comes first.
 */
public enum TieBreaker {

	HIGHER_JUDGES(byComponent(ScoreComponent.JUDGES)), HIGHER_ONLINE_VOTE(byComponent(ScoreComponent.ONLINE_VOTE)),
	HIGHER_OBJECTIVE_SCORE(byComponent(ScoreComponent.OBJECTIVE_SCORE)),
	/** On the normalised time component, so higher means faster. */
	HIGHER_OBJECTIVE_TIME(byComponent(ScoreComponent.OBJECTIVE_TIME)),
	EARLIER_SIGN_UP(Comparator.comparing(ScoredEntrant::signedUpAt));

	private final Comparator<ScoredEntrant> betterFirst;

	TieBreaker(Comparator<ScoredEntrant> betterFirst) {
		this.betterFirst = betterFirst;
	}

	/** Orders the better entrant first. */
	public Comparator<ScoredEntrant> betterFirst() {
		return this.betterFirst;
	}

	private static Comparator<ScoredEntrant> byComponent(ScoreComponent component) {
		return Comparator.comparing((ScoredEntrant e) -> e.component(component)).reversed();
	}

}
