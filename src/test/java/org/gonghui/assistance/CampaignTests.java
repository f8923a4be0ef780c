package org.gonghui.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CampaignTests {

	static final long COUNTY = 100;

	static final long CITY = 200;

	static final Instant AT = Instant.parse("2026-01-20T02:00:00Z");

	static Campaign campaign(long countyBudgetYuan) {
		return new Campaign(UUID.randomUUID(), "2026 年元旦春节送温暖", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28),
				Map.of(RecipientCategory.DEEP_HARDSHIP, Money.ofYuan(1000), RecipientCategory.RELATIVE_HARDSHIP,
						Money.ofYuan(600), RecipientCategory.MODEL_WORKER, Money.ofYuan(800)),
				Map.of(COUNTY, Money.ofYuan(countyBudgetYuan), CITY, Money.ofYuan(50_000)));
	}

	static CampaignCandidate candidate(long household, RecipientCategory... categories) {
		return new CampaignCandidate(household, household * 10, COUNTY, Set.of(categories));
	}

	static void assertKey(Runnable action, String key) {
		assertThatExceptionOfType(GonghuiException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	static CampaignPayment pay(CampaignLedger ledger, long household, long org, long yuan) {
		return ledger.pay(UUID.randomUUID(), household, org, RecipientCategory.DEEP_HARDSHIP, PaymentKind.CASH,
				Money.ofYuan(yuan), "", 7, AT);
	}

	@Test
	void generatesTheListOfEligibleHouseholdsAtTheirStandardAmount() {
		Campaign campaign = campaign(10_000);
		List<Campaign.ProposedRecipient> list = campaign
			.generateList(List.of(candidate(1, RecipientCategory.DEEP_HARDSHIP),
					candidate(2, RecipientCategory.ACCIDENT_INDUCED_HARDSHIP),
					candidate(3, RecipientCategory.RELATIVE_HARDSHIP, RecipientCategory.MODEL_WORKER),
					candidate(1, RecipientCategory.DEEP_HARDSHIP), candidate(4)));
		assertThat(list).extracting((r) -> r.candidate().householdId()).containsExactly(1L, 3L);
		assertThat(list).extracting(Campaign.ProposedRecipient::amount)
			.containsExactly(Money.ofYuan(1000), Money.ofYuan(800));
		assertThat(list.get(1).category()).isEqualTo(RecipientCategory.MODEL_WORKER);
		assertThat(campaign.isEligible(candidate(2, RecipientCategory.ACCIDENT_INDUCED_HARDSHIP))).isFalse();
	}

	@Test
	void mapsHardshipFileCategoriesToRecipientCategories() {
		assertThat(RecipientCategory.of(HardshipCategory.ACCIDENT_INDUCED))
			.isEqualTo(RecipientCategory.ACCIDENT_INDUCED_HARDSHIP);
		assertThat(RecipientCategory.ofNullable(null)).isNull();
	}

	@Test
	void refusesASecondPaymentToTheSameHouseholdInTheCampaign_evenFromAnotherOrganisation() {
		CampaignLedger ledger = new CampaignLedger(campaign(10_000), List.of());
		pay(ledger, 1, COUNTY, 1000);
		assertKey(() -> pay(ledger, 1, COUNTY, 1000), "campaign.already-paid");
		assertKey(() -> pay(ledger, 1, CITY, 500), "campaign.already-paid");
		assertThat(ledger.payments()).hasSize(1);
		assertThat(ledger.hasPaid(1)).isTrue();
	}

	@Test
	void refusesAPaymentThatWouldOverspendTheBudget_2500Budget1000Paid2000Refused1500Allowed() {
		CampaignLedger ledger = new CampaignLedger(campaign(2_500), List.of());
		pay(ledger, 1, COUNTY, 1000);
		assertKey(() -> pay(ledger, 2, COUNTY, 2000), "campaign.budget-exceeded");
		pay(ledger, 2, COUNTY, 1500);
		assertThat(ledger.remaining(COUNTY)).isEqualTo(Money.ZERO);
		assertKey(() -> ledger.pay(UUID.randomUUID(), 3, COUNTY, RecipientCategory.DEEP_HARDSHIP, PaymentKind.GOODS,
				Money.ofFen(1), "米面油", 7, AT), "campaign.budget-exceeded");
	}

	@Test
	void goodsDeliveriesCountAgainstTheBudgetAtTheirValue() {
		CampaignLedger ledger = new CampaignLedger(campaign(10_000), List.of());
		ledger.pay(UUID.randomUUID(), 1, COUNTY, RecipientCategory.RELATIVE_HARDSHIP, PaymentKind.GOODS,
				Money.parse("350.50"), "米面油", 7, AT);
		assertThat(ledger.spent(COUNTY)).isEqualTo(Money.parse("350.50"));
		assertThat(ledger.remaining(COUNTY)).isEqualTo(Money.parse("9649.50"));
		assertThat(ledger.spent(CITY)).isEqualTo(Money.ZERO);
	}

	@Test
	void countsPaymentsAlreadyRecordedWhenLoaded() {
		Campaign campaign = campaign(1_000);
		CampaignPayment earlier = new CampaignPayment(UUID.randomUUID(), campaign.id(), 1, COUNTY,
				RecipientCategory.DEEP_HARDSHIP, PaymentKind.CASH, Money.ofYuan(1000), "", 7, AT);
		CampaignLedger ledger = new CampaignLedger(campaign, List.of(earlier));
		assertKey(() -> pay(ledger, 1, COUNTY, 1), "campaign.already-paid");
		assertKey(() -> pay(ledger, 2, COUNTY, 1), "campaign.budget-exceeded");
		assertThat(ledger.totalSpent()).isEqualTo(Money.ofYuan(1000));
	}

	@Test
	void refusesZeroAmountsUnbudgetedOrganisationsAndUncoveredCategories() {
		CampaignLedger ledger = new CampaignLedger(campaign(1_000), List.of());
		assertKey(() -> pay(ledger, 1, COUNTY, 0), "campaign.amount-not-positive");
		assertKey(() -> pay(ledger, 1, 999, 10), "campaign.no-budget");
		assertKey(() -> ledger.pay(UUID.randomUUID(), 1, COUNTY, RecipientCategory.FRONTLINE_WORKER, PaymentKind.CASH,
				Money.ofYuan(10), "", 7, AT), "campaign.category-not-covered");
	}

	@Test
	void refusesAMalformedCampaign() {
		assertKey(() -> new Campaign(UUID.randomUUID(), " ", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
				Map.of(RecipientCategory.DEEP_HARDSHIP, Money.ofYuan(1)), Map.of()), "campaign.name-required");
		assertKey(() -> new Campaign(UUID.randomUUID(), "x", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1),
				Map.of(RecipientCategory.DEEP_HARDSHIP, Money.ofYuan(1)), Map.of()), "campaign.dates-order");
		assertKey(() -> new Campaign(UUID.randomUUID(), "x", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
				Map.of(), Map.of()), "campaign.categories-required");
		assertKey(() -> new Campaign(UUID.randomUUID(), "x", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
				Map.of(RecipientCategory.DEEP_HARDSHIP, Money.ZERO), Map.of()), "campaign.amount-not-positive");
	}

	@Property
	void neverOverspendsNorPaysAHouseholdTwice(@ForAll @LongRange(min = 0, max = 100_000) long budgetYuan,
			@ForAll @Size(max = 60) List<@IntRange(min = 1, max = 20) Integer> households,
			@ForAll @Size(max = 60) List<@LongRange(min = 1, max = 20_000) Long> amounts) {
		CampaignLedger ledger = new CampaignLedger(campaign(budgetYuan), List.of());
		List<Long> paid = new ArrayList<>();
		for (int i = 0; i < Math.min(households.size(), amounts.size()); i++) {
			try {
				paid.add(pay(ledger, households.get(i), COUNTY, amounts.get(i)).householdId());
			}
			catch (GonghuiException refused) {
				assertThat(refused.messageKey()).isIn("campaign.already-paid", "campaign.budget-exceeded");
			}
		}
		assertThat(ledger.spent(COUNTY)).isLessThanOrEqualTo(Money.ofYuan(budgetYuan));
		assertThat(paid).doesNotHaveDuplicates();
	}

}
