package org.gonghui.competition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;

/**
 * A new contest as its organiser sets it up: who organises it, the trade, the sign-up
 * window, who may enter and the prize classes (best first). A team contest sets how many
 * members a team has, its captain included.
 */
public record ContestDraft(String name, long organiserOrgId, ContestLevel level, String trade, EntryKind entryKind,
		@Nullable String description, LocalDate signUpOpensOn, LocalDate signUpClosesOn, LocalDate contestDate,
		Set<String> eligibleTrades, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable SkillLevel minimumSkillLevel, List<PrizeDraft> prizes, boolean capPrizesAtOneThird,
		@Nullable Integer teamMinMembers, @Nullable Integer teamMaxMembers) {

	/** The largest team a contest may set. */
	public static final int MAX_TEAM_SIZE = 20;

	public ContestDraft {
		eligibleTrades = Set.copyOf(eligibleTrades);
		prizes = List.copyOf(prizes);
	}

	/** An individual contest, or a team contest of two to ten members. */
	public ContestDraft(String name, long organiserOrgId, ContestLevel level, String trade, EntryKind entryKind,
			@Nullable String description, LocalDate signUpOpensOn, LocalDate signUpClosesOn, LocalDate contestDate,
			Set<String> eligibleTrades, @Nullable Integer minAge, @Nullable Integer maxAge,
			@Nullable SkillLevel minimumSkillLevel, List<PrizeDraft> prizes, boolean capPrizesAtOneThird) {
		this(name, organiserOrgId, level, trade, entryKind, description, signUpOpensOn, signUpClosesOn, contestDate,
				eligibleTrades, minAge, maxAge, minimumSkillLevel, prizes, capPrizesAtOneThird,
				entryKind == EntryKind.TEAM ? 2 : null, entryKind == EntryKind.TEAM ? 10 : null);
	}

	/**
	 * A prize class; {@code nominateToTalentPool} puts its winners forward to the pool.
	 */
	public record PrizeDraft(String name, int quota, boolean nominateToTalentPool) {
	}

}
