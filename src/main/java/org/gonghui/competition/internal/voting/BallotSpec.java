package org.gonghui.competition.internal.voting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.competition.VotingRule;

/**
 * What a ballot needs to know of its round: who may be voted for, under which rule, when,
 * and the organiser's subtree (the organiser's staff see flagged bursts and export the
 * log).
 */
public record BallotSpec(long contestId, long roundId, String contestName, String roundName, String organiserOrgPath,
		VotingRule rule, Instant opensAt, Instant closesAt, List<Candidate> candidates) {

	public BallotSpec {
		candidates = List.copyOf(candidates);
		if (!closesAt.isAfter(opensAt)) {
			throw new IllegalArgumentException("closesAt must be after opensAt");
		}
	}

	/** An entrant as voters see it: number, name, a short description and a photo. */
	public record Candidate(long entrantId, String number, String name, String description, @Nullable String photoUrl) {
	}

}
