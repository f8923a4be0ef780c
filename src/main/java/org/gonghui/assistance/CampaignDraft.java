package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.Map;

import org.gonghui.shared.money.Money;

/**
 * A new condolence campaign: the categories it reaches with their standard amounts, and
 * the budget of each organisation (by id) that pays recipients in its subtree.
 */
public record CampaignDraft(String name, LocalDate startsOn, LocalDate endsOn,
		Map<RecipientCategory, Money> standardAmounts, Map<Long, Money> budgets) {

	public CampaignDraft {
		standardAmounts = Map.copyOf(standardAmounts);
		budgets = Map.copyOf(budgets);
	}

}
