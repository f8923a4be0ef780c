package org.gonghui.mutualaid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.gonghui.mutualaid.ClaimStatus;
import org.gonghui.mutualaid.ComputationLine;
import org.gonghui.mutualaid.DiseaseList;
import org.gonghui.mutualaid.Invoice;
import org.gonghui.mutualaid.PlanKind;
import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.Messages;

/**
 * What the API answers and the pages show: amounts as yuan text with two decimals (and in
 * fen), computation lines with their Chinese label.
 */
@Component("mutualAidViews")
class Views {

	private final Messages messages;

	private final PlanService plans;

	private final ClaimService claims;

	Views(Messages messages, PlanService plans, ClaimService claims) {
		this.messages = messages;
		this.plans = plans;
		this.claims = claims;
	}

	PlanView plan(PlanRecord plan) {
		return new PlanView(plan.id(), plan.name(), plan.kind(), this.messages.text("mutual-aid.kind." + plan.kind()),
				plan.description(), plan.orgId(), this.plans.allTerms(plan.id()).stream().map(Views::terms).toList());
	}

	static TermsView terms(YearTerms year) {
		PlanTerms t = year.terms();
		DiseaseList list = t.coveredDiseases();
		return new TermsView(year.year(), yuan(t.premiumPerMemberPerYear()), t.exclusionDays(),
				t.reducedPayoutUntilDay(), t.reducedPayoutFactor().formatPercent(), yuan(t.deductible()),
				t.payoutRatio().formatPercent(), yuan(t.yearlyCapPerMember()), t.continuityGraceDays(),
				list == null ? null : list.name(), list == null ? List.of()
						: list.diseases().stream().map(d -> new DiseaseView(d.code(), d.name())).toList());
	}

	ClaimSummaryView summary(ClaimRecord claim) {
		return new ClaimSummaryView(claim.id(), claim.planId(), claim.planName(), claim.year(), claim.memberId(),
				claim.memberName(), claim.orgId(), claim.eventDate(), claim.status(),
				this.messages.text("mutual-aid.status." + claim.status()), yuan(claim.claimed()), yuan(claim.payable()),
				claim.payable().fen(), claim.submittedAt());
	}

	ClaimView claim(ClaimRecord claim) {
		return claim(claim, null);
	}

	ClaimView claim(ClaimRecord claim, ClaimService.@Nullable Diagnosis diagnosis) {
		return new ClaimView(claim.id(), claim.planId(), claim.planName(), claim.year(), claim.memberId(),
				claim.memberName(), claim.orgId(), claim.eventDate(), claim.status(),
				this.messages.text("mutual-aid.status." + claim.status()), yuan(claim.claimed()), yuan(claim.payable()),
				claim.payable().fen(), lines(claim.lines()),
				claim.zeroReason() == null ? null : this.messages.text(claim.zeroReason()), claim.reason(),
				this.claims.invoices(claim.id())
					.stream()
					.map(i -> new InvoiceView(i.number(), yuan(i.amount()), yuan(i.selfPaid())))
					.toList(),
				this.claims.documents(claim.id())
					.stream()
					.map(d -> new DocumentView(d.id(), d.kind(), this.messages.text("mutual-aid.document." + d.kind()),
							d.filename(), d.size()))
					.toList(),
				diagnosis == null ? null : diagnosis.code(), diagnosis == null ? null : diagnosis.text(),
				claim.submittedAt(), claim.decidedAt(), claim.paidAt(), claim.payoutReference());
	}

	List<LineView> lines(List<ComputationLine> lines) {
		return lines.stream()
			.map(line -> new LineView(line.labelKey(), line.args(),
					this.messages.text(line.labelKey(), line.args().toArray()),
					line.amount() == null ? null : yuan(line.amount()),
					line.amount() == null ? null : line.amount().fen()))
			.toList();
	}

	EnrolmentView enrolment(EnrolmentRecord e) {
		return new EnrolmentView(e.id(), e.planId(), e.planName(), e.year(), e.memberId(), e.memberName(),
				e.idNumberMasked(), e.orgId(), e.firstDay(), e.lastDay(), yuan(e.premium()), e.certificateNo());
	}

	static String yuan(Money money) {
		return money.toYuan().toPlainString();
	}

	record PlanView(long id, String name, PlanKind kind, String kindLabel, @Nullable String description, long orgId,
			List<TermsView> terms) {
	}

	record TermsView(int year, String premium, int exclusionDays, int reducedPayoutUntilDay, String reducedPayout,
			String deductible, String payoutRatio, String yearlyCap, int continuityGraceDays,
			@Nullable String diseaseListName, List<DiseaseView> diseases) {
	}

	record DiseaseView(String code, String name) {
	}

	record ClaimSummaryView(long id, long planId, String planName, int year, long memberId, String memberName,
			long orgId, LocalDate eventDate, ClaimStatus status, String statusLabel, String claimed, String payable,
			long payableFen, Instant submittedAt) {
	}

	record ClaimView(long id, long planId, String planName, int year, long memberId, String memberName, long orgId,
			LocalDate eventDate, ClaimStatus status, String statusLabel, String claimed, String payable,
			long payableFen, List<LineView> computation, @Nullable String zeroReason, @Nullable String reason,
			List<InvoiceView> invoices, List<DocumentView> documents, @Nullable String diagnosisCode,
			@Nullable String diagnosis, Instant submittedAt, @Nullable Instant decidedAt, @Nullable Instant paidAt,
			@Nullable String payoutReference) {
	}

	record LineView(String key, List<String> args, String label, @Nullable String amount, @Nullable Long fen) {
	}

	record InvoiceView(String number, String amount, String selfPaid) {
	}

	record DocumentView(long id, String kind, String kindLabel, String filename, int size) {
	}

	record EnrolmentView(long id, long planId, String planName, int year, long memberId, String memberName,
			String idNumberMasked, long orgId, LocalDate firstDay, LocalDate lastDay, String premium,
			String certificateNo) {
	}

}
