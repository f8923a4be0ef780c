package org.gonghui.assistance.internal;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.gonghui.assistance.HardshipCause;
import org.gonghui.assistance.HouseholdFigures;
import org.gonghui.assistance.HouseholdMember;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.money.Money;

/**
 * What an application says about the household's income and health: stored only encrypted
 * ({@link PersonalDataCipher}), as one JSON document.
 */
record PersonalDetails(int members, long monthlyIncomeFen, Set<HardshipCause> causes,
		List<HouseholdMember> householdMembers, @Nullable String healthNotes) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	PersonalDetails {
		causes = Set.copyOf(causes);
		householdMembers = List.copyOf(householdMembers);
	}

	HouseholdFigures figures() {
		return new HouseholdFigures(this.members, Money.ofFen(this.monthlyIncomeFen), this.causes);
	}

	PersonalDetails with(HouseholdFigures figures) {
		return new PersonalDetails(figures.members(), figures.monthlyIncome().fen(), figures.causes(),
				this.householdMembers, this.healthNotes);
	}

	byte[] encrypt(PersonalDataCipher cipher) {
		return cipher.encrypt(JSON.writeValueAsString(this));
	}

	static PersonalDetails decrypt(PersonalDataCipher cipher, byte[] stored) {
		return JSON.readValue(cipher.decrypt(stored), PersonalDetails.class);
	}

}
