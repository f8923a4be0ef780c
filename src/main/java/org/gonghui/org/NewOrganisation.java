package org.gonghui.org;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An organisation to register under a parent; grassroots unions carry their employer. */
public record NewOrganisation(String name, OrgType type, String regionCode, @Nullable LocalDate foundedOn,
		boolean hasWorkersCongress, boolean hasOpenAffairs, @Nullable NewEnterprise employer) {

	public record NewEnterprise(String name, String creditCode, Ownership ownership, int headcount, String regionCode) {
	}

}
