package org.gonghui.gig;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A worker reported that a gig they worked was not paid (欠薪). Carries what legal aid
 * needs to open a wage-arrears case: who, against which employer, for which post, the
 * managing union's path and the amount the worker named (fen, if any).
 */
public record WagesReportedUnpaid(long reportId, long applicationId, long postId, long workerAccountId,
		long employerAccountId, String employerName, String orgPath, @Nullable Long amountFen, Instant reportedAt) {
}
