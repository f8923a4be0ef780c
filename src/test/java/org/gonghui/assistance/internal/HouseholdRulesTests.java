package org.gonghui.assistance.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gonghui.assistance.HouseholdMember;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdRulesTests {

	@Test
	void aHouseholdLineMayCarryTheIdNumberAfterTheRelation() {
		List<HouseholdMember> members = CasePageController
			.householdLines("冯大明 本人 尿毒症 透析\n何小芳，配偶，42060219900101123X 健康\n冯小 子女 420602201001011234");
		assertThat(members).containsExactly(new HouseholdMember("冯大明", "本人", "尿毒症 透析", null),
				new HouseholdMember("何小芳", "配偶", "健康", "42060219900101123X"),
				new HouseholdMember("冯小", "子女", null, "420602201001011234"));
	}

	@Test
	void namesInRefusalsAreMaskedAfterTheFirstCharacter() {
		assertThat(HardshipCaseService.maskName("冯大明")).isEqualTo("冯**");
		assertThat(HardshipCaseService.maskName("冯")).isEqualTo("冯");
	}

	@Test
	void aFederationCoversTheRegionsUnderItsCode_province42CityXiangyang4206County420602() {
		assertThat(HardshipCaseService.covers("420000", "420602")).isTrue();
		assertThat(HardshipCaseService.covers("420600", "420602")).isTrue();
		assertThat(HardshipCaseService.covers("420600", "420100")).isFalse();
		assertThat(HardshipCaseService.covers("420602", "420602")).isTrue();
		assertThat(HardshipCaseService.covers("420602", "420600")).isFalse();
	}

}
