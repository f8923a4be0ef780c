package org.gonghui.assistance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.assistance.ExitReason;
import org.gonghui.assistance.HardshipApplication;
import org.gonghui.assistance.HardshipCategory;
import org.gonghui.assistance.HardshipCause;
import org.gonghui.assistance.HouseholdMember;
import org.gonghui.assistance.ObjectionOutcome;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * Request bodies of the case API. Absent fields arrive as null and are refused with a
 * field error by the domain, never with a 500. {@code version} is the version the client
 * saw; without it the action applies to whatever is current.
 */
final class CaseRequests {

	private CaseRequests() {
	}

	static long version(@Nullable Long version) {
		return version == null ? -1 : version;
	}

	static Money money(String field, @Nullable String yuan) {
		try {
			return Money.parse(yuan == null ? "" : yuan);
		}
		catch (GonghuiException ex) {
			throw GonghuiException.invalidField(field, ex.messageKey(), ex.arguments());
		}
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	record Apply(@Nullable Long memberId, @Nullable String idNumber, @Nullable String memberName,
			@Nullable List<HouseholdMember> householdMembers, @Nullable String monthlyIncome,
			@Nullable Set<HardshipCause> causes, @Nullable String healthNotes, @Nullable String note) {

		HardshipApplication toApplication() {
			return new HardshipApplication(this.memberId, this.idNumber, this.memberName,
					this.householdMembers == null ? List.of() : this.householdMembers,
					money("monthlyIncome", this.monthlyIncome), this.causes == null ? Set.of() : this.causes,
					this.healthNotes, this.note);
		}

	}

	record Verify(@Nullable Long version, @Nullable String homeVisitNotes) {
	}

	record Notice(@Nullable Long version, @Nullable LocalDate firstDay, @Nullable Integer days) {
	}

	record RaiseObjection(@Nullable Long version, @Nullable String raisedBy, @Nullable String content,
			@Nullable LocalDate raisedOn) {
	}

	record ResolveObjection(@Nullable Long version, @Nullable ObjectionOutcome outcome, @Nullable String note) {
	}

	record Category(@Nullable Long version, @Nullable HardshipCategory category, @Nullable String reason) {

		HardshipCategory required() {
			if (this.category == null) {
				throw GonghuiException.invalidField("category", "hardship.category.required");
			}
			return this.category;
		}

	}

	record Decision(@Nullable Long version, @Nullable String reason) {
	}

	record Recheck(@Nullable Long version, @Nullable Integer householdSize, @Nullable String monthlyIncome,
			@Nullable Set<HardshipCause> causes, @Nullable String note) {
	}

	record Exit(@Nullable Long version, @Nullable ExitReason reason, @Nullable String note, @Nullable LocalDate on) {
	}

	record Thresholds(@Nullable String regionCode, @Nullable LocalDate effectiveFrom, @Nullable String deepBelow,
			@Nullable String relativeWithin, @Nullable String accidentInducedWithin) {

		org.gonghui.assistance.HardshipThresholdSetting toSetting() {
			if (this.effectiveFrom == null) {
				throw GonghuiException.invalidField("effectiveFrom", "hardship.standard.date-required");
			}
			return new org.gonghui.assistance.HardshipThresholdSetting(text(this.regionCode).strip(),
					this.effectiveFrom, multiple("deepBelow", this.deepBelow),
					multiple("relativeWithin", this.relativeWithin),
					multiple("accidentInducedWithin", this.accidentInducedWithin));
		}

	}

	static org.gonghui.shared.money.Ratio multiple(String field, @Nullable String value) {
		try {
			return org.gonghui.shared.money.Ratio.of(new java.math.BigDecimal(text(value).strip()));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw GonghuiException.invalidField(field, "hardship.thresholds.multiple-format", text(value));
		}
		catch (GonghuiException ex) {
			throw GonghuiException.invalidField(field, ex.messageKey(), ex.arguments());
		}
	}

	record Standard(@Nullable String regionCode, @Nullable LocalDate effectiveFrom,
			@Nullable String perPersonPerMonth) {
	}

}
