package org.gonghui.mutualaid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.mutualaid.ClaimStatus;
import org.gonghui.mutualaid.ComputationLine;
import org.gonghui.shared.money.Money;

/**
 * A claim as stored, without its diagnosis (read only through
 * {@link ClaimService#revealDiagnosis}).
 *
 * @param claimed the self-paid total of the invoices
 * @param payable the computed amount (at filing; fixed at approval)
 */
record ClaimRecord(long id, long planId, String planName, int year, long memberId, String memberName, long orgId,
		String orgPath, LocalDate eventDate, ClaimStatus status, Money claimed, Money payable,
		List<ComputationLine> lines, @Nullable String zeroReason, @Nullable String reason, @Nullable Long submittedBy,
		Instant submittedAt, @Nullable Instant decidedAt, @Nullable Instant paidAt, @Nullable String payoutReference,
		int version) {
}
