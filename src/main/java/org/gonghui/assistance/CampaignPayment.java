package org.gonghui.assistance;

import java.time.Instant;
import java.util.UUID;

import org.gonghui.shared.money.Money;

/**
 * One recorded payment or goods delivery of a campaign.
 *
 * @param amount cash paid, or the value of the goods delivered
 */
public record CampaignPayment(UUID id, UUID campaignId, long householdId, long organisationId,
		RecipientCategory category, PaymentKind kind, Money amount, String description, long recordedBy,
		Instant recordedAt) {
}
