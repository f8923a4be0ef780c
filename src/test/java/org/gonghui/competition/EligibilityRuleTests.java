package org.gonghui.competition;

import java.time.LocalDate;

import org.gonghui.member.SkillLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRuleTests {

	static final LocalDate CONTEST_DAY = LocalDate.of(2025, 6, 15);

	static final EligibilityRule BARTENDERS = EligibilityRule.membersOnly()
		.withTrades("调饮师")
		.withAges(18, 45)
		.withMinimumSkillLevel(SkillLevel.LEVEL_4);

	static Applicant applicant(LocalDate born, SkillLevel level) {
		return new Applicant(true, "调饮师", born, level);
	}

	@Test
	void eligibleMemberOfRightTradeAgeAndLevel() {
		var eligibility = BARTENDERS.check(applicant(LocalDate.of(1995, 1, 1), SkillLevel.LEVEL_4), CONTEST_DAY);
		assertThat(eligibility.isEligible()).isTrue();
		assertThat(eligibility.reasons()).isEmpty();
	}

	@Test
	void givesEveryReasonAtOnce_outOfScopeWrongTradeTooOldNoLevel() {
		var eligibility = BARTENDERS.check(new Applicant(false, "厨师", LocalDate.of(1970, 1, 1), null), CONTEST_DAY);
		assertThat(eligibility.isEligible()).isFalse();
		assertThat(eligibility.reasons()).containsExactly("eligibility.not-member-in-scope",
				"eligibility.trade-mismatch", "eligibility.too-old", "eligibility.skill-level-too-low");
	}

	@Test
	void countsAgeInWholeYearsAtContestDate_born2007_06_16Is17OnTheDayBefore18thBirthday() {
		var tooYoung = BARTENDERS.check(applicant(LocalDate.of(2007, 6, 16), SkillLevel.LEVEL_4), CONTEST_DAY);
		var justEighteen = BARTENDERS.check(applicant(LocalDate.of(2007, 6, 15), SkillLevel.LEVEL_4), CONTEST_DAY);
		assertThat(tooYoung.reasons()).containsExactly("eligibility.too-young");
		assertThat(justEighteen.isEligible()).isTrue();
	}

	@Test
	void maxAgeIsInclusiveUntilNextBirthday_born1979_06_16Is45() {
		assertThat(BARTENDERS.check(applicant(LocalDate.of(1979, 6, 16), SkillLevel.LEVEL_4), CONTEST_DAY).isEligible())
			.isTrue();
		assertThat(BARTENDERS.check(applicant(LocalDate.of(1979, 6, 15), SkillLevel.LEVEL_4), CONTEST_DAY).reasons())
			.containsExactly("eligibility.too-old");
	}

	@Test
	void leapDayBirthdayCountsFromFirstOfMarch_born2004_02_29Is17On2022_02_28() {
		assertThat(EligibilityRule.ageOn(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 2, 28))).isEqualTo(17);
		assertThat(EligibilityRule.ageOn(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 3, 1))).isEqualTo(18);
	}

	@Test
	void ordersSkillLevelsLevel5LowestLevel1Highest_minimumLevel3() {
		var rule = EligibilityRule.membersOnly().withMinimumSkillLevel(SkillLevel.LEVEL_3);
		LocalDate born = LocalDate.of(1990, 1, 1);
		assertThat(rule.check(applicant(born, SkillLevel.LEVEL_4), CONTEST_DAY).reasons())
			.containsExactly("eligibility.skill-level-too-low");
		assertThat(rule.check(applicant(born, SkillLevel.LEVEL_3), CONTEST_DAY).isEligible()).isTrue();
		assertThat(rule.check(applicant(born, SkillLevel.LEVEL_1), CONTEST_DAY).isEligible()).isTrue();
	}

	@Test
	void openContestOnlyAsksForMembership() {
		var anyone = new Applicant(true, null, LocalDate.of(1950, 1, 1), null);
		assertThat(EligibilityRule.membersOnly().check(anyone, CONTEST_DAY).isEligible()).isTrue();
	}

}
