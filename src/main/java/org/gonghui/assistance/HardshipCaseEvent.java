package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What happened to a hardship file, for statistics (entries and exits per region and
 * period) and for the audit log. Carries IDs and the few fields a listener needs.
 */
public sealed interface HardshipCaseEvent {

	UUID caseId();

	record Submitted(UUID caseId, long memberId, String regionCode, LocalDate appliedOn) implements HardshipCaseEvent {
	}

	record Approved(UUID caseId, String regionCode, HardshipCategory category,
			LocalDate approvedOn) implements HardshipCaseEvent {
	}

	record Rejected(UUID caseId, String regionCode, String reason) implements HardshipCaseEvent {
	}

	record Exited(UUID caseId, String regionCode, ExitReason reason, LocalDate exitedOn) implements HardshipCaseEvent {
	}

}
