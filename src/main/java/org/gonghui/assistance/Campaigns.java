package org.gonghui.assistance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;

/**
 * Condolence campaigns (送温暖): create with budgets, generate and adjust the list, record
 * payments. A household is paid at most once per campaign and no organisation's budget is
 * overspent, also under concurrent payments: the database enforces both (a unique key, a
 * conditional update of the budget row) and the loser gets 409.
 */
public interface Campaigns {

	UUID create(Actor actor, DataScope scope, CampaignDraft draft);

	/**
	 * Lists the households with an active hardship file of a covered category in the
	 * budgeted subtrees inside {@code scope}; households already listed are kept as they
	 * are. Returns how many were added.
	 */
	int generateList(Actor actor, DataScope scope, UUID campaignId);

	/**
	 * Adds a member from another list (model worker, frontline worker, other) at the
	 * category's standard amount.
	 */
	void addRecipient(Actor actor, DataScope scope, UUID campaignId, long memberId, RecipientCategory category);

	/**
	 * Records a payment or delivery to a listed household.
	 * @param amount null for the amount on the list
	 */
	UUID pay(Actor actor, DataScope scope, UUID campaignId, long householdId, PaymentKind kind, @Nullable Money amount,
			String description, Instant at);

}
