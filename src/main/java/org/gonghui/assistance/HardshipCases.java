package org.gonghui.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;

/**
 * Hardship files (困难职工档案) as other modules and the demo loader use them. Every command
 * names who acts and the data scope they act in (a case outside it is not found, 404);
 * {@code expectedVersion} is the version the actor saw, and a command against a case
 * changed since is refused (409). {@code at} is when the act happened: the clock for live
 * requests, the original time when files are loaded from an archive.
 */
public interface HardshipCases {

	/** Enters or replaces a region's minimum living standard from a date. */
	void recordStandard(Actor actor, String regionCode, LocalDate effectiveFrom, Money perPersonPerMonth);

	/**
	 * @param scope the staff member's scope; null for a worker applying for themselves
	 */
	UUID apply(Actor actor, @Nullable DataScope scope, HardshipApplication application, Instant at);

	void verify(Actor actor, DataScope scope, UUID id, long expectedVersion, String homeVisitNotes, Instant at);

	/** Puts the case on public notice from {@code firstDay} for {@code days} days. */
	void startNotice(Actor actor, DataScope scope, UUID id, long expectedVersion, LocalDate firstDay, int days,
			Instant at);

	/** Federation approval; the file is active from then on. */
	void approve(Actor actor, DataScope scope, UUID id, long expectedVersion, Instant at);

	void reject(Actor actor, DataScope scope, UUID id, long expectedVersion, String reason, Instant at);

	void exit(Actor actor, DataScope scope, UUID id, long expectedVersion, ExitReason reason, String note, LocalDate on,
			Instant at);

	/**
	 * Active files, entries and exits per region code, in {@code scope}, for a period.
	 */
	List<HardshipCounts> counts(DataScope scope, LocalDate from, LocalDate to);

}
