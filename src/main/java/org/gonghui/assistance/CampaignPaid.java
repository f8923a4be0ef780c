package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A condolence payment or delivery was recorded, for statistics (households reached,
 * amounts paid per organisation).
 */
public record CampaignPaid(UUID campaignId, UUID paymentId, long householdId, long budgetOrgId,
		RecipientCategory category, PaymentKind kind, long amountFen, LocalDate paidOn) {
}
