package org.gonghui.assistance;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;

/**
 * An application for a hardship file. A worker names themselves by ID number and name
 * (the member record must exist and the name match); staff may name the member by id
 * instead.
 *
 * @param monthlyIncome the household's total monthly income
 * @param householdMembers everyone in the household, the applicant included; their count
 * is the divisor of the per-capita income
 */
public record HardshipApplication(@Nullable Long memberId, @Nullable String idNumber, @Nullable String memberName,
		List<HouseholdMember> householdMembers, Money monthlyIncome, Set<HardshipCause> causes,
		@Nullable String healthNotes, @Nullable String note) {

	public HardshipApplication {
		householdMembers = List.copyOf(householdMembers);
		causes = Set.copyOf(causes);
	}

}
