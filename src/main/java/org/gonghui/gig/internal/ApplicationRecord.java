package org.gonghui.gig.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An application with the few post fields the worker's and employer's lists show, and
 * whether each side has rated and the worker reported the gig unpaid.
 */
public record ApplicationRecord(long id, long postId, long workerAccountId, ApplicationStatus status, Instant appliedAt,
		@Nullable Instant offeredAt, @Nullable Instant answeredAt, String postTitle, String employerName,
		long employerAccountId, LocalDate workDate, String orgPath, boolean workerRated, boolean employerRated,
		boolean reportedUnpaid) {
}
