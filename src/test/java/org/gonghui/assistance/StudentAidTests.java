package org.gonghui.assistance;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StudentAidTests {

	static final Instant AT = Instant.parse("2026-08-20T02:00:00Z");

	static void assertKey(Runnable action, String key) {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			UNIVERSITY_UNDERGRADUATE, FILED_HARDSHIP, 5000
			UNIVERSITY_UNDERGRADUATE, OTHER_HARDSHIP, 4000
			JUNIOR_COLLEGE,           FILED_HARDSHIP, 5000
			SENIOR_SECONDARY,         FILED_HARDSHIP, 3000
			SENIOR_SECONDARY,         OTHER_HARDSHIP, 2000
			VOCATIONAL,               OTHER_HARDSHIP, 2000
			""")
	void defaultTablePaysTheTianmenAmounts(SchoolLevel level, StudentHouseholdType type, long yuan) {
		assertThat(StudentAidTable.defaults().requireAmount(level, type)).isEqualTo(Money.ofYuan(yuan));
	}

	@Test
	void levelsWithoutAConfiguredAmountAreNotFunded_primaryByDefault() {
		assertThat(StudentAidTable.defaults().amountFor(SchoolLevel.PRIMARY, StudentHouseholdType.FILED_HARDSHIP))
			.isEmpty();
		assertKey(
				() -> StudentAidTable.defaults()
					.requireAmount(SchoolLevel.POSTGRADUATE, StudentHouseholdType.FILED_HARDSHIP),
				"student-aid.level-not-funded");
	}

	@Test
	void aRegionCanFundEverySchoolAge_primary1000() {
		StudentAidTable table = new StudentAidTable(
				Map.of(SchoolLevel.PRIMARY, Map.of(StudentHouseholdType.FILED_HARDSHIP, Money.ofYuan(1000))));
		assertThat(table.requireAmount(SchoolLevel.PRIMARY, StudentHouseholdType.FILED_HARDSHIP))
			.isEqualTo(Money.ofYuan(1000));
		assertKey(
				() -> new StudentAidTable(
						Map.of(SchoolLevel.PRIMARY, Map.of(StudentHouseholdType.FILED_HARDSHIP, Money.ZERO))),
				"student-aid.amount-not-positive");
	}

	@Test
	void awardsOncePerStudentPerYear() {
		StudentAidRegister register = new StudentAidRegister(Year.of(2026), StudentAidTable.defaults(), List.of());
		StudentAward award = register.award(UUID.randomUUID(), "student-A", 10, SchoolLevel.UNIVERSITY_UNDERGRADUATE,
				StudentHouseholdType.FILED_HARDSHIP, 7, AT);
		assertThat(award.amount()).isEqualTo(Money.ofYuan(5000));
		assertKey(() -> register.award(UUID.randomUUID(), "student-A", 11, SchoolLevel.SENIOR_SECONDARY,
				StudentHouseholdType.OTHER_HARDSHIP, 7, AT), "student-aid.already-awarded");
		register.award(UUID.randomUUID(), "student-B", 10, SchoolLevel.SENIOR_SECONDARY,
				StudentHouseholdType.FILED_HARDSHIP, 7, AT);
		assertThat(register.total()).isEqualTo(Money.ofYuan(8000));
		assertThat(register.hasAward("student-B")).isTrue();
	}

	@Test
	void nextYearTheSameStudentMayBeAwardedAgain() {
		StudentAidRegister y2026 = new StudentAidRegister(Year.of(2026), StudentAidTable.defaults(), List.of());
		StudentAward first = y2026.award(UUID.randomUUID(), "student-A", 10, SchoolLevel.SENIOR_SECONDARY,
				StudentHouseholdType.FILED_HARDSHIP, 7, AT);
		StudentAidRegister reloaded = new StudentAidRegister(Year.of(2026), StudentAidTable.defaults(), List.of(first));
		assertKey(() -> reloaded.award(UUID.randomUUID(), "student-A", 10, SchoolLevel.SENIOR_SECONDARY,
				StudentHouseholdType.FILED_HARDSHIP, 7, AT), "student-aid.already-awarded");
		StudentAidRegister y2027 = new StudentAidRegister(Year.of(2027), StudentAidTable.defaults(), List.of());
		assertThat(y2027
			.award(UUID.randomUUID(), "student-A", 10, SchoolLevel.UNIVERSITY_UNDERGRADUATE,
					StudentHouseholdType.FILED_HARDSHIP, 7, AT)
			.amount()).isEqualTo(Money.ofYuan(5000));
	}

	@Test
	void refusesAnAwardWithoutAStudent() {
		StudentAidRegister register = new StudentAidRegister(Year.of(2026), StudentAidTable.defaults(), List.of());
		assertKey(() -> register.award(UUID.randomUUID(), " ", 10, SchoolLevel.SENIOR_SECONDARY,
				StudentHouseholdType.FILED_HARDSHIP, 7, AT), "student-aid.student-required");
	}

}
