package org.gonghui.org;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An organisation as other modules and the API see it. */
public record OrgSummary(long id, String name, OrgType type, @Nullable Long parentId, String path, String regionCode,
		@Nullable LocalDate foundedOn, boolean hasWorkersCongress, boolean hasOpenAffairs, @Nullable Employer employer,
		int memberCount) {

	public @Nullable String creditCode() {
		return this.employer == null ? null : this.employer.creditCode();
	}

	/** The employer of a grassroots union. */
	public record Employer(long id, String name, String creditCode, Ownership ownership, int headcount) {
	}

}
