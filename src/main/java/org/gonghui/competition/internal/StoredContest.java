package org.gonghui.competition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.competition.ContestLevel;
import org.gonghui.competition.EligibilityRule;
import org.gonghui.competition.EntryKind;
import org.gonghui.member.SkillLevel;

/** A contest row with its prize classes. */
record StoredContest(long id, String name, long organiserOrgId, String organiserName, String orgPath,
		ContestLevel level, String trade, EntryKind entryKind, @Nullable String description, LocalDate signUpOpensOn,
		LocalDate signUpClosesOn, LocalDate contestDate, Set<String> eligibleTrades, @Nullable Integer minAge,
		@Nullable Integer maxAge, @Nullable SkillLevel minimumSkillLevel, boolean capPrizesAtOneThird,
		ContestStatus status, @Nullable Integer teamMinMembers, @Nullable Integer teamMaxMembers,
		List<StoredPrize> prizes) {

	EligibilityRule eligibility() {
		return new EligibilityRule(this.eligibleTrades, this.minAge, this.maxAge, this.minimumSkillLevel);
	}

	boolean signUpOpenOn(LocalDate day) {
		return this.status == ContestStatus.SIGN_UP && !day.isBefore(this.signUpOpensOn)
				&& !day.isAfter(this.signUpClosesOn);
	}

	boolean isTeam() {
		return this.entryKind == EntryKind.TEAM;
	}

	record StoredPrize(int position, String code, String name, int quota, boolean nominateToPool) {
	}

}
