package org.gonghui.assistance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * Student aid amounts by school level and household type, a per-region setting. The
 * defaults are the Tianmen 2024 金秋助学 rule (RULES.md): university entrants 5,000 yuan for
 * filed households and 4,000 for other hardship households, high-school entrants 3,000
 * and 2,000. Levels it does not name have no default amount and must be configured before
 * they can be awarded.
 */
public final class StudentAidTable {

	private final Map<SchoolLevel, Map<StudentHouseholdType, Money>> amounts;

	public StudentAidTable(Map<SchoolLevel, Map<StudentHouseholdType, Money>> amounts) {
		Map<SchoolLevel, Map<StudentHouseholdType, Money>> copy = new EnumMap<>(SchoolLevel.class);
		amounts.forEach((level, byType) -> {
			if (byType.values().stream().anyMatch((m) -> !m.isPositive())) {
				throw GonghuiException.invalid("student-aid.amount-not-positive", level.name());
			}
			copy.put(level, Map.copyOf(byType));
		});
		this.amounts = Map.copyOf(copy);
	}

	public static StudentAidTable defaults() {
		Map<StudentHouseholdType, Money> university = Map.of(StudentHouseholdType.FILED_HARDSHIP, Money.ofYuan(5000),
				StudentHouseholdType.OTHER_HARDSHIP, Money.ofYuan(4000));
		Map<StudentHouseholdType, Money> highSchool = Map.of(StudentHouseholdType.FILED_HARDSHIP, Money.ofYuan(3000),
				StudentHouseholdType.OTHER_HARDSHIP, Money.ofYuan(2000));
		return new StudentAidTable(Map.of(SchoolLevel.UNIVERSITY_UNDERGRADUATE, university, SchoolLevel.JUNIOR_COLLEGE,
				university, SchoolLevel.SENIOR_SECONDARY, highSchool, SchoolLevel.VOCATIONAL, highSchool));
	}

	public Optional<Money> amountFor(SchoolLevel level, StudentHouseholdType householdType) {
		return Optional.ofNullable(this.amounts.getOrDefault(level, Map.of()).get(householdType));
	}

	/**
	 * @throws GonghuiException {@code student-aid.level-not-funded}
	 */
	public Money requireAmount(SchoolLevel level, StudentHouseholdType householdType) {
		return amountFor(level, householdType).orElseThrow(
				() -> GonghuiException.invalid("student-aid.level-not-funded", level.name(), householdType.name()));
	}

}
