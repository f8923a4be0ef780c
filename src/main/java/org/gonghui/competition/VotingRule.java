package org.gonghui.competition;

import org.gonghui.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

/**
 * How many votes a verified voter may cast in a round: {@code votesAllowed} per day or
 * per round. "One vote per ID per day" is the usual rule (RULES.md "Skill contests");
 * there is no national rule, so the organiser configures it.
 */
public record VotingRule(VotePeriod period, int votesAllowed) {

	/** Contest days begin at midnight Beijing time, wherever the server runs. */
	public static final ZoneId CONTEST_ZONE = BusinessTime.ZONE;

	public VotingRule {
		Objects.requireNonNull(period, "period");
		if (votesAllowed < 1) {
			throw new IllegalArgumentException("votesAllowed < 1");
		}
	}

	public static VotingRule oncePerDay() {
		return new VotingRule(VotePeriod.PER_DAY, 1);
	}

	/**
	 * Decides on a vote at {@code now} given the instants of the voter's earlier accepted
	 * votes in the same round. Pure: the caller serialises decisions per voter (e.g.
	 * under a row lock).
	 * @return accepted, or refused with {@code vote.daily-limit-reached} /
	 * {@code vote.round-limit-reached}
	 */
	public VoteDecision decide(Collection<Instant> previousVotes, Instant now) {
		return switch (this.period) {
			case PER_ROUND -> (previousVotes.size() >= this.votesAllowed)
					? VoteDecision.refuse("vote.round-limit-reached") : VoteDecision.accept();
			case PER_DAY -> {
				LocalDate today = contestDay(now);
				long castToday = previousVotes.stream().filter((at) -> contestDay(at).equals(today)).count();
				yield (castToday >= this.votesAllowed) ? VoteDecision.refuse("vote.daily-limit-reached")
						: VoteDecision.accept();
			}
		};
	}

	/** The contest day an instant falls on. */
	public static LocalDate contestDay(Instant at) {
		return LocalDate.ofInstant(at, CONTEST_ZONE);
	}

}
