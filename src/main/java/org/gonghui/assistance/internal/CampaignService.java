package org.gonghui.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.assistance.Actor;
import org.gonghui.assistance.Campaign;
import org.gonghui.assistance.CampaignCandidate;
import org.gonghui.assistance.CampaignDraft;
import org.gonghui.assistance.CampaignPaid;
import org.gonghui.assistance.Campaigns;
import org.gonghui.assistance.HardshipCategory;
import org.gonghui.assistance.PaymentKind;
import org.gonghui.assistance.RecipientCategory;
import org.gonghui.assistance.internal.CampaignRepository.BudgetRow;
import org.gonghui.assistance.internal.CampaignRepository.CampaignRow;
import org.gonghui.assistance.internal.CampaignRepository.RecipientRow;
import org.gonghui.assistance.internal.HardshipCaseRepository.CaseRow;
import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * Condolence campaigns. The household of a member is identified by the member's id: a
 * hardship file is one per household and names one member, and other lists name members.
 */
@Service
class CampaignService implements Campaigns {

	private final CampaignRepository campaigns;

	private final HardshipCaseRepository cases;

	private final OrgDirectory orgs;

	private final MemberDirectory members;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	CampaignService(CampaignRepository campaigns, HardshipCaseRepository cases, OrgDirectory orgs,
			MemberDirectory members, AuditLog audit, ApplicationEventPublisher events) {
		this.campaigns = campaigns;
		this.cases = cases;
		this.orgs = orgs;
		this.members = members;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public UUID create(Actor actor, DataScope scope, CampaignDraft draft) {
		UUID id = UUID.randomUUID();
		// the domain record checks name, dates, categories and amounts
		Campaign campaign = new Campaign(id, draft.name().strip(), draft.startsOn(), draft.endsOn(),
				draft.standardAmounts(), draft.budgets());
		if (campaign.budgets().isEmpty()) {
			throw GonghuiException.invalidField("budgets", "campaign.budgets-required");
		}
		OrgSummary owner = this.orgs.find(scope.orgId()).orElseThrow(GonghuiException::notFound);
		this.campaigns.insert(id, campaign.name(), campaign.startsOn(), campaign.endsOn(), owner.id(), owner.path(),
				actor.accountId());
		campaign.standardAmounts().forEach((category, amount) -> this.campaigns.insertStandard(id, category, amount));
		Money total = Money.ZERO;
		for (Map.Entry<Long, Money> budget : campaign.budgets().entrySet()) {
			OrgSummary org = this.orgs.findWithin(scope, budget.getKey())
				.orElseThrow(
						() -> GonghuiException.invalidField("budgets", "campaign.budget-org-outside", budget.getKey()));
			this.campaigns.insertBudget(id, org.id(), org.path(), org.name(), budget.getValue());
			total = total.plus(budget.getValue());
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "campaign", id, owner.path(),
				"创建送温暖活动：" + campaign.name() + "，预算合计 " + total.format() + " 元"));
		return id;
	}

	CampaignRow visible(DataScope scope, UUID id) {
		return this.campaigns.find(id)
			.filter((c) -> scope.contains(c.orgPath()) || c.orgPath().equals(scope.path())
					|| scope.path().startsWith(c.orgPath() + "."))
			.orElseThrow(GonghuiException::notFound);
	}

	Campaign campaign(CampaignRow row) {
		Map<Long, Money> budgets = new java.util.HashMap<>();
		this.campaigns.budgets(row.id()).forEach((b) -> budgets.put(b.orgId(), b.budget()));
		return new Campaign(row.id(), row.name(), row.startsOn(), row.endsOn(), this.campaigns.standards(row.id()),
				budgets);
	}

	@Override
	@Transactional
	public int generateList(Actor actor, DataScope scope, UUID campaignId) {
		CampaignRow row = visible(scope, campaignId);
		Campaign campaign = campaign(row);
		List<HardshipCategory> covered = new ArrayList<>();
		for (HardshipCategory category : HardshipCategory.values()) {
			if (campaign.standardAmounts().containsKey(RecipientCategory.of(category))) {
				covered.add(category);
			}
		}
		List<CampaignCandidate> candidates = new ArrayList<>();
		java.util.Map<Long, CaseRow> byMember = new java.util.HashMap<>();
		for (BudgetRow budget : this.campaigns.budgets(campaignId)) {
			// within the budgeted subtree and the actor's scope, whichever is narrower
			String path = scope.contains(budget.orgPath()) ? budget.orgPath()
					: scope.path().startsWith(budget.orgPath() + ".") ? scope.path() : null;
			if (path == null) {
				continue;
			}
			for (CaseRow file : this.cases.active(path, covered)) {
				HardshipCategory category = file.category();
				if (category == null) {
					continue;
				}
				byMember.put(file.memberId(), file);
				candidates.add(new CampaignCandidate(file.memberId(), file.memberId(), file.orgId(),
						EnumSet.of(RecipientCategory.of(category))));
			}
		}
		int added = 0;
		for (Campaign.ProposedRecipient proposed : campaign.generateList(candidates)) {
			CaseRow file = byMember.get(proposed.candidate().memberId());
			if (this.campaigns.insertRecipient(campaignId, proposed.candidate().householdId(), file.memberId(),
					file.memberName(), file.orgId(), file.orgPath(), proposed.category(), proposed.amount())) {
				added++;
			}
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "campaign", campaignId, scope.path(),
				"生成送温暖名单：" + row.name() + "，新增 " + added + " 户"));
		return added;
	}

	@Override
	@Transactional
	public void addRecipient(Actor actor, DataScope scope, UUID campaignId, long memberId, RecipientCategory category) {
		CampaignRow row = visible(scope, campaignId);
		Campaign campaign = campaign(row);
		Money amount = campaign.standardAmounts().get(category);
		if (amount == null) {
			throw GonghuiException.invalidField("category", "campaign.category-not-covered", category.name());
		}
		MemberSummary member = this.members.find(memberId)
			.filter((m) -> scope.contains(m.orgPath()))
			.orElseThrow(() -> GonghuiException.invalidField("memberId", "hardship.member.not-found"));
		if (this.campaigns.budgetFor(campaignId, member.orgPath()).isEmpty()) {
			throw GonghuiException.conflict("campaign.no-budget", member.orgId());
		}
		// a member listed in the household of another member's active file is that
		// household: it is paid once per campaign, under the file's member
		java.util.Optional<CaseRow> household = this.cases.activeFileListing(member.id());
		long householdId = household.map(CaseRow::memberId).orElse(member.id());
		if (!this.campaigns.insertRecipient(campaignId, householdId, member.id(), member.name(), member.orgId(),
				member.orgPath(), category, amount)) {
			if (household.isPresent()) {
				throw GonghuiException.conflict("campaign.recipient.household-listed", member.name(),
						HardshipCaseService.maskName(household.get().memberName()));
			}
			throw GonghuiException.conflict("campaign.recipient.already-listed", member.name());
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "campaign", campaignId, member.orgPath(),
				"加入送温暖名单：" + member.name() + "（" + category.name() + "）"));
	}

	/** Changes a listed household's amount or takes it off the list, before payment. */
	@Transactional
	public void adjustRecipient(Actor actor, DataScope scope, UUID campaignId, long householdId, @Nullable Money amount,
			boolean removed, @Nullable String note) {
		visible(scope, campaignId);
		RecipientRow recipient = this.campaigns.recipient(campaignId, householdId)
			.filter((r) -> scope.contains(r.orgPath()))
			.orElseThrow(GonghuiException::notFound);
		if (recipient.paid()) {
			throw GonghuiException.conflict("campaign.already-paid", householdId);
		}
		Money newAmount = amount == null ? recipient.amount() : amount;
		if (!newAmount.isPositive()) {
			throw GonghuiException.invalidField("amount", "campaign.amount-not-positive");
		}
		this.campaigns.adjustRecipient(campaignId, householdId, newAmount, removed, note);
		this.audit.record(AuditEntry
			.of(AuditAction.UPDATE, "campaign", campaignId, recipient.orgPath(), "调整送温暖名单：" + recipient.memberName())
			.withChanges(AuditEntry.diff(Map.of("amount", recipient.amount().format(), "removed", recipient.removed()),
					Map.of("amount", newAmount.format(), "removed", removed))));
	}

	@Override
	@Transactional
	public UUID pay(Actor actor, DataScope scope, UUID campaignId, long householdId, PaymentKind kind,
			@Nullable Money amount, String description, Instant at) {
		CampaignRow row = visible(scope, campaignId);
		RecipientRow recipient = this.campaigns.recipient(campaignId, householdId)
			.filter((r) -> scope.contains(r.orgPath()))
			.orElseThrow(() -> GonghuiException.conflict("campaign.recipient.not-listed", householdId));
		if (recipient.paid()) {
			throw GonghuiException.conflict("campaign.already-paid", recipient.memberName());
		}
		if (recipient.removed()) {
			throw GonghuiException.conflict("campaign.recipient.removed", recipient.memberName());
		}
		Money paid = amount == null ? recipient.amount() : amount;
		if (!paid.isPositive()) {
			throw GonghuiException.invalidField("amount", "campaign.amount-not-positive");
		}
		BudgetRow budget = this.campaigns.budgetFor(campaignId, recipient.orgPath())
			.orElseThrow(() -> GonghuiException.conflict("campaign.no-budget", recipient.orgId()));
		UUID id = UUID.randomUUID();
		String text = description.isBlank() ? (kind == PaymentKind.CASH ? "慰问金" : "慰问品") : description.strip();
		try {
			this.campaigns.insertPayment(id, campaignId, recipient, budget.orgId(), kind, paid, text, actor.accountId(),
					at);
		}
		catch (DuplicateKeyException ex) {
			// another payment for the same household committed first
			throw GonghuiException.conflict("campaign.already-paid", recipient.memberName());
		}
		if (!this.campaigns.spend(campaignId, budget.orgId(), paid)) {
			BudgetRow now = this.campaigns.budgetFor(campaignId, recipient.orgPath()).orElse(budget);
			throw GonghuiException.conflict("campaign.budget-exceeded", paid.format(), now.remaining().format());
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "campaign-payment", id, recipient.orgPath(),
				"送温暖" + (kind == PaymentKind.CASH ? "发放慰问金 " : "发放慰问品（折合）") + paid.format() + " 元："
						+ recipient.memberName() + "（" + row.name() + "，" + budget.orgName() + "预算）"));
		this.events.publishEvent(new CampaignPaid(campaignId, id, householdId, budget.orgId(), recipient.category(),
				kind, paid.fen(), LocalDate.ofInstant(at, BusinessTime.ZONE)));
		return id;
	}

	Set<RecipientCategory> covered(UUID campaignId) {
		return this.campaigns.standards(campaignId).keySet();
	}

}
