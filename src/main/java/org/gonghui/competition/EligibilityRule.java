package org.gonghui.competition;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gonghui.member.SkillLevel;
import org.jspecify.annotations.Nullable;

/**
 * A contest's eligibility: members of organisations in the organiser's subtree,
 * optionally limited to trades, an age range (whole years at the contest date, both ends
 * inclusive) and a minimum skill level ({@link SkillLevel#LEVEL_5} lowest …
 * {@link SkillLevel#LEVEL_1} highest).
 */
public record EligibilityRule(Set<String> trades, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable SkillLevel minimumSkillLevel) {

	public EligibilityRule {
		trades = Set.copyOf(trades);
		if (minAge != null && maxAge != null && minAge > maxAge) {
			throw new IllegalArgumentException("minAge > maxAge");
		}
	}

	/** Open to every member in the organiser's subtree. */
	public static EligibilityRule membersOnly() {
		return new EligibilityRule(Set.of(), null, null, null);
	}

	public EligibilityRule withTrades(String... trades) {
		return new EligibilityRule(Set.of(trades), this.minAge, this.maxAge, this.minimumSkillLevel);
	}

	public EligibilityRule withAges(@Nullable Integer min, @Nullable Integer max) {
		return new EligibilityRule(this.trades, min, max, this.minimumSkillLevel);
	}

	public EligibilityRule withMinimumSkillLevel(SkillLevel level) {
		return new EligibilityRule(this.trades, this.minAge, this.maxAge, level);
	}

	/**
	 * Every reason that applies, not just the first, so the organiser can tell the
	 * applicant at once.
	 */
	public Eligibility check(Applicant applicant, LocalDate contestDate) {
		List<String> reasons = new ArrayList<>();
		if (!applicant.memberInOrganiserSubtree()) {
			reasons.add("eligibility.not-member-in-scope");
		}
		if (!this.trades.isEmpty() && (applicant.trade() == null || !this.trades.contains(applicant.trade()))) {
			reasons.add("eligibility.trade-mismatch");
		}
		int age = ageOn(applicant.birthDate(), contestDate);
		if (this.minAge != null && age < this.minAge) {
			reasons.add("eligibility.too-young");
		}
		if (this.maxAge != null && age > this.maxAge) {
			reasons.add("eligibility.too-old");
		}
		if (this.minimumSkillLevel != null
				&& (applicant.skillLevel() == null || applicant.skillLevel().compareTo(this.minimumSkillLevel) < 0)) {
			reasons.add("eligibility.skill-level-too-low");
		}
		return new Eligibility(reasons);
	}

	/**
	 * Whole years completed on {@code date}; someone born on 29 February turns a year
	 * older on 1 March.
	 */
	static int ageOn(LocalDate birthDate, LocalDate date) {
		return Period.between(birthDate, date).getYears();
	}

}
