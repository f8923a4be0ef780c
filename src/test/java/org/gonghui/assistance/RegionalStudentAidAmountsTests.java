package org.gonghui.assistance;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

class RegionalStudentAidAmountsTests {

	final RegionalStudentAidAmounts amounts = new RegionalStudentAidAmounts(StudentAidTable.defaults(),
			List.of(entry("540000", SchoolLevel.UNIVERSITY_UNDERGRADUATE, 4500),
					entry("540100", SchoolLevel.UNIVERSITY_UNDERGRADUATE, 6000),
					entry("540102", SchoolLevel.PRIMARY, 800)));

	static RegionalStudentAidAmounts.Entry entry(String region, SchoolLevel level, long yuan) {
		return new RegionalStudentAidAmounts.Entry(region, level, StudentHouseholdType.FILED_HARDSHIP,
				Money.ofYuan(yuan));
	}

	@Test
	void eachLevelFallsBackCountyCityProvinceGlobal_university6000FromCityPrimary800FromCounty() {
		StudentAidTable county = this.amounts.tableFor("540102");
		assertThat(county.requireAmount(SchoolLevel.PRIMARY, StudentHouseholdType.FILED_HARDSHIP))
			.isEqualTo(Money.ofYuan(800));
		assertThat(county.requireAmount(SchoolLevel.UNIVERSITY_UNDERGRADUATE, StudentHouseholdType.FILED_HARDSHIP))
			.isEqualTo(Money.ofYuan(6000));
		assertThat(county.requireAmount(SchoolLevel.SENIOR_SECONDARY, StudentHouseholdType.FILED_HARDSHIP))
			.isEqualTo(Money.ofYuan(3000));
		assertThat(county.requireAmount(SchoolLevel.UNIVERSITY_UNDERGRADUATE, StudentHouseholdType.OTHER_HARDSHIP))
			.isEqualTo(Money.ofYuan(4000));
	}

	@Test
	void anotherCityOfTheProvinceGetsTheProvinceAmountAndAnotherProvinceTheGlobalOne() {
		assertThat(this.amounts.tableFor("540221")
			.requireAmount(SchoolLevel.UNIVERSITY_UNDERGRADUATE, StudentHouseholdType.FILED_HARDSHIP))
			.isEqualTo(Money.ofYuan(4500));
		assertThat(this.amounts.tableFor("420602")
			.requireAmount(SchoolLevel.UNIVERSITY_UNDERGRADUATE, StudentHouseholdType.FILED_HARDSHIP))
			.isEqualTo(Money.ofYuan(5000));
		assertThat(this.amounts.tableFor("420602").amountFor(SchoolLevel.PRIMARY, StudentHouseholdType.FILED_HARDSHIP))
			.isEmpty();
	}

}
