package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * A condolence campaign (送温暖), e.g. "2026 年元旦春节送温暖": who is eligible and the standard
 * amount per recipient category. A household in several eligible categories gets the
 * highest standard amount, once.
 *
 * @param standardAmounts the categories the campaign reaches and each one's standard
 * amount
 * @param budgets each organisation's budget for the campaign
 */
public record Campaign(UUID id, String name, LocalDate startsOn, LocalDate endsOn,
		Map<RecipientCategory, Money> standardAmounts, Map<Long, Money> budgets) {

	public Campaign {
		if (name.isBlank()) {
			throw GonghuiException.invalidField("name", "campaign.name-required");
		}
		if (endsOn.isBefore(startsOn)) {
			throw GonghuiException.invalidField("endsOn", "campaign.dates-order");
		}
		if (standardAmounts.isEmpty()) {
			throw GonghuiException.invalidField("standardAmounts", "campaign.categories-required");
		}
		if (standardAmounts.values().stream().anyMatch((m) -> !m.isPositive())
				|| budgets.values().stream().anyMatch(Money::isNegative)) {
			throw GonghuiException.invalid("campaign.amount-not-positive");
		}
		standardAmounts = Map.copyOf(new EnumMap<>(standardAmounts));
		budgets = Map.copyOf(budgets);
	}

	public boolean isEligible(CampaignCandidate candidate) {
		return candidate.categories().stream().anyMatch(this.standardAmounts::containsKey);
	}

	/**
	 * The category paid for (the one with the highest standard amount) and its amount.
	 */
	public Optional<ProposedRecipient> propose(CampaignCandidate candidate) {
		return candidate.categories()
			.stream()
			.filter(this.standardAmounts::containsKey)
			.max(Comparator.<RecipientCategory, Money>comparing(this.standardAmounts::get)
				.thenComparing(Comparator.<RecipientCategory>naturalOrder().reversed()))
			.map((category) -> new ProposedRecipient(candidate, category, this.standardAmounts.get(category)));
	}

	/**
	 * The generated list staff then adjust: each eligible household once, at its standard
	 * amount, in the order given. Duplicates of a household are dropped.
	 */
	public List<ProposedRecipient> generateList(List<CampaignCandidate> candidates) {
		return candidates.stream().map(this::propose).flatMap(Optional::stream).filter(distinctHouseholds()).toList();
	}

	private static Predicate<ProposedRecipient> distinctHouseholds() {
		Set<Long> seen = new HashSet<>();
		return (r) -> seen.add(r.candidate().householdId());
	}

	public Money budgetOf(long organisationId) {
		return this.budgets.getOrDefault(organisationId, Money.ZERO);
	}

	/** A line of the generated list. */
	public record ProposedRecipient(CampaignCandidate candidate, RecipientCategory category, Money amount) {
	}

}
