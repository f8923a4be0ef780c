package org.gonghui.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.gonghui.assistance.CaseStep;
import org.gonghui.assistance.ExitReason;
import org.gonghui.assistance.HardshipCaseStatus;
import org.gonghui.assistance.HardshipCategory;
import org.gonghui.assistance.HardshipCategoryProposal;
import org.gonghui.assistance.HardshipCause;
import org.gonghui.assistance.HouseholdMember;
import org.gonghui.assistance.Objection;
import org.gonghui.assistance.internal.HardshipCaseRepository.CaseRow;
import org.gonghui.assistance.internal.HardshipCaseService.CaseDetail;
import org.gonghui.shared.money.Money;

/** What the API answers about hardship cases; money as yuan strings with two decimals. */
final class CaseViews {

	private CaseViews() {
	}

	static String yuan(Money money) {
		return money.toYuan().toPlainString();
	}

	/** A case without personal data: lists and the answer to review actions. */
	record CaseSummary(UUID id, long memberId, String memberName, long orgId, String regionCode, LocalDate appliedOn,
			HardshipCaseStatus status, @Nullable HardshipCategory proposedCategory, @Nullable HardshipCategory category,
			@Nullable LocalDate noticeFirstDay, @Nullable LocalDate noticeLastDay, @Nullable LocalDate approvedOn,
			@Nullable LocalDate recheckDue, @Nullable String rejectionReason, @Nullable ExitReason exitReason,
			@Nullable LocalDate exitedOn, long version) {

		static CaseSummary of(CaseRow row) {
			return new CaseSummary(row.id(), row.memberId(), row.memberName(), row.orgId(), row.regionCode(),
					row.appliedOn(), row.status(), row.proposedCategory(), row.category(),
					row.notice() == null ? null : row.notice().firstDay(),
					row.notice() == null ? null : row.notice().lastDay(), row.approvedOn(), row.recheckDue(),
					row.rejectionReason(), row.exitReason(), row.exitedOn(), row.version());
		}

	}

	/** The full case: personal details, the category computation, history, objections. */
	record CaseView(CaseSummary summary, String orgName, @Nullable String categoryOverrideReason, Personal personal,
			Proposal proposal, List<Step> history, List<Objection> objections) {

		static CaseView of(CaseDetail detail) {
			PersonalDetails p = detail.personal();
			HardshipCategoryProposal proposal = detail.proposal();
			return new CaseView(CaseSummary.of(detail.row()), detail.orgName(), detail.row().categoryOverrideReason(),
					new Personal(p.householdMembers(), p.members(), yuan(Money.ofFen(p.monthlyIncomeFen())), p.causes(),
							p.healthNotes()),
					new Proposal(proposal.standard().regionCode(), proposal.standard().effectiveFrom(),
							yuan(proposal.standard().perPersonPerMonth()), yuan(proposal.perCapitaIncome()),
							proposal.tests()
								.stream()
								.map((t) -> new Test(t.category(), t.multiple().formatMultiple(), yuan(t.threshold()),
										t.strictlyBelow(), t.incomeWithin(), t.causeMatches(), t.met()))
								.toList(),
							proposal.category(), proposal.ineligibleReasonKey()),
					detail.history().stream().map(Step::of).toList(), detail.objections());
		}

	}

	record Personal(List<HouseholdMember> householdMembers, int members, String monthlyIncome,
			java.util.Set<HardshipCause> causes, @Nullable String healthNotes) {
	}

	record Proposal(String standardRegion, LocalDate standardFrom, String standardPerPerson, String perCapitaIncome,
			List<Test> tests, @Nullable HardshipCategory category, @Nullable String ineligibleReasonKey) {
	}

	record Test(HardshipCategory category, String multiple, String threshold, boolean strictlyBelow,
			boolean incomeWithin, boolean causeMatches, boolean met) {
	}

	record Step(String action, long actorAccountId, String actorName, String role, Instant at, HardshipCaseStatus from,
			HardshipCaseStatus to, String note) {

		static Step of(CaseStep step) {
			return new Step(step.action().name(), step.actorAccountId(), step.actorName(), step.role().name(),
					step.at(), step.from(), step.to(), step.note());
		}

	}

}
