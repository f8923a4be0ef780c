package org.gonghui.assistance;

import java.util.EnumSet;
import java.util.Set;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * What an applicant declares about the household: size, total monthly income and causes.
 */
public record HouseholdFigures(int members, Money monthlyIncome, Set<HardshipCause> causes) {

	// a household register rarely lists more; larger values are typing errors
	static final int MAX_MEMBERS = 30;

	public HouseholdFigures {
		if (members < 1 || members > MAX_MEMBERS) {
			throw GonghuiException.invalidField("members", "hardship.members.range", 1, MAX_MEMBERS);
		}
		if (monthlyIncome.isNegative()) {
			throw GonghuiException.invalidField("monthlyIncome", "money.negative", monthlyIncome.format());
		}
		if (causes.isEmpty()) {
			throw GonghuiException.invalidField("causes", "hardship.causes.required");
		}
		causes = Set.copyOf(EnumSet.copyOf(causes));
	}

	/**
	 * Per-capita monthly income rounded HALF_UP to the fen, for display; decisions
	 * compare exactly.
	 */
	public Money perCapitaIncome() {
		long fen = this.monthlyIncome.fen();
		return Money.ofFen((fen + this.members / 2) / this.members);
	}

}
