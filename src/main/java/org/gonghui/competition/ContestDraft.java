package org.gonghui.competition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;

/**
 * A new contest as its organiser sets it up: who organises it, the trade, the sign-up
 * window, who may enter and the prize classes (best first).
 */
public record ContestDraft(String name, long organiserOrgId, ContestLevel level, String trade, EntryKind entryKind,
		@Nullable String description, LocalDate signUpOpensOn, LocalDate signUpClosesOn, LocalDate contestDate,
		Set<String> eligibleTrades, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable SkillLevel minimumSkillLevel, List<PrizeDraft> prizes, boolean capPrizesAtOneThird) {

	public ContestDraft {
		eligibleTrades = Set.copyOf(eligibleTrades);
		prizes = List.copyOf(prizes);
	}

	/**
	 * A prize class; {@code nominateToTalentPool} puts its winners forward to the pool.
	 */
	public record PrizeDraft(String name, int quota, boolean nominateToTalentPool) {
	}

}
