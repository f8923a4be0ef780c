package org.gonghui.competition;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VotingRuleTests {

	// 2025-05-20 08:00 Beijing time
	static final Instant MORNING = Instant.parse("2025-05-20T00:00:00Z");

	@Test
	void acceptsFirstVoteOfTheDay() {
		assertThat(VotingRule.oncePerDay().decide(List.of(), MORNING)).isEqualTo(VoteDecision.accept());
	}

	@Test
	void refusesSecondVoteOnTheSameBeijingDay_08h00Then23h59() {
		var lateEvening = Instant.parse("2025-05-20T15:59:59Z");
		var decision = VotingRule.oncePerDay().decide(List.of(MORNING), lateEvening);
		assertThat(decision.accepted()).isFalse();
		assertThat(decision.refusalKey()).isEqualTo("vote.daily-limit-reached");
	}

	@Test
	void acceptsAgainAfterBeijingMidnight_16h00UtcIsNextDay() {
		var justAfterMidnight = Instant.parse("2025-05-20T16:00:00Z");
		assertThat(VotingRule.oncePerDay().decide(List.of(MORNING), justAfterMidnight).accepted()).isTrue();
	}

	@Test
	void daysFollowBeijingNotUtc_utcSameDayButBeijingDayBefore() {
		// 2025-05-19 23:30 Beijing and 2025-05-20 08:00 Beijing are both 2025-05-19/20
		// UTC-wise differently
		var previousEvening = Instant.parse("2025-05-19T15:30:00Z");
		assertThat(VotingRule.contestDay(previousEvening)).hasToString("2025-05-19");
		assertThat(VotingRule.oncePerDay().decide(List.of(previousEvening), MORNING).accepted()).isTrue();
	}

	@Test
	void allowsThreePerDay_refusesFourth() {
		var rule = new VotingRule(VotePeriod.PER_DAY, 3);
		assertThat(rule.decide(List.of(MORNING, MORNING.plusSeconds(60)), MORNING.plusSeconds(120)).accepted())
			.isTrue();
		assertThat(rule.decide(List.of(MORNING, MORNING.plusSeconds(60), MORNING.plusSeconds(120)),
				MORNING.plusSeconds(180)))
			.isEqualTo(VoteDecision.refuse("vote.daily-limit-reached"));
	}

	@Test
	void perRoundLimitIgnoresDays_twoPerRoundRefusesThirdDaysLater() {
		var rule = new VotingRule(VotePeriod.PER_ROUND, 2);
		var decision = rule.decide(List.of(MORNING, MORNING.plusSeconds(86_400)), MORNING.plusSeconds(5 * 86_400));
		assertThat(decision).isEqualTo(VoteDecision.refuse("vote.round-limit-reached"));
		assertThat(rule.decide(List.of(MORNING), MORNING.plusSeconds(5 * 86_400)).accepted()).isTrue();
	}

}
