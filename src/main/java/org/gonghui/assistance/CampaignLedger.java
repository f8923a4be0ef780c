package org.gonghui.assistance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * The payments of one campaign and the two rules they obey: a household is paid at most
 * once per campaign, and no organisation spends beyond its budget. The database enforces
 * the same rules under concurrency (a unique key on campaign and household, a locked
 * budget row); this class is the rule itself, and what the service checks before writing.
 */
public final class CampaignLedger {

	private final Campaign campaign;

	private final List<CampaignPayment> payments;

	private final Set<Long> paidHouseholds = new HashSet<>();

	public CampaignLedger(Campaign campaign, List<CampaignPayment> recorded) {
		this.campaign = campaign;
		this.payments = new ArrayList<>();
		recorded.forEach(this::add);
	}

	/**
	 * Records a payment or delivery.
	 * @throws GonghuiException {@code campaign.amount-not-positive},
	 * {@code campaign.category-not-covered}, {@code campaign.no-budget},
	 * {@code campaign.already-paid} (409) or {@code campaign.budget-exceeded} (409)
	 */
	public CampaignPayment pay(UUID paymentId, long householdId, long organisationId, RecipientCategory category,
			PaymentKind kind, Money amount, String description, long recordedBy, Instant at) {
		if (!amount.isPositive()) {
			throw GonghuiException.invalidField("amount", "campaign.amount-not-positive");
		}
		if (!this.campaign.standardAmounts().containsKey(category)) {
			throw GonghuiException.invalidField("category", "campaign.category-not-covered", category.name());
		}
		if (!this.campaign.budgets().containsKey(organisationId)) {
			throw GonghuiException.conflict("campaign.no-budget", organisationId);
		}
		if (this.paidHouseholds.contains(householdId)) {
			throw GonghuiException.conflict("campaign.already-paid", householdId);
		}
		Money remaining = remaining(organisationId);
		if (amount.isGreaterThan(remaining)) {
			throw GonghuiException.conflict("campaign.budget-exceeded", amount.format(), remaining.format());
		}
		CampaignPayment payment = new CampaignPayment(paymentId, this.campaign.id(), householdId, organisationId,
				category, kind, amount, description, recordedBy, at);
		add(payment);
		return payment;
	}

	private void add(CampaignPayment payment) {
		if (!payment.campaignId().equals(this.campaign.id())) {
			throw new IllegalArgumentException("Payment " + payment.id() + " belongs to another campaign");
		}
		this.paidHouseholds.add(payment.householdId());
		this.payments.add(payment);
	}

	public boolean hasPaid(long householdId) {
		return this.paidHouseholds.contains(householdId);
	}

	public Money spent(long organisationId) {
		return this.payments.stream()
			.filter((p) -> p.organisationId() == organisationId)
			.map(CampaignPayment::amount)
			.reduce(Money.ZERO, Money::plus);
	}

	public Money remaining(long organisationId) {
		return this.campaign.budgetOf(organisationId).minus(spent(organisationId));
	}

	public Money totalSpent() {
		return this.payments.stream().map(CampaignPayment::amount).reduce(Money.ZERO, Money::plus);
	}

	public List<CampaignPayment> payments() {
		return List.copyOf(this.payments);
	}

}
