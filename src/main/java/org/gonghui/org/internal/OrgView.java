package org.gonghui.org.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.gonghui.org.OrgIndicators;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.org.Ownership;

/** An organisation in the API. */
record OrgView(long id, String name, OrgType type, @Nullable Long parentId, String regionCode,
		@Nullable String creditCode, @Nullable String employerName, @Nullable Ownership ownership,
		@Nullable Integer headcount, @Nullable LocalDate foundedOn, boolean hasWorkersCongress, boolean hasOpenAffairs,
		int memberCount) {

	static OrgView of(OrgSummary org) {
		OrgSummary.Employer employer = org.employer();
		return new OrgView(org.id(), org.name(), org.type(), org.parentId(), org.regionCode(), org.creditCode(),
				employer == null ? null : employer.name(), employer == null ? null : employer.ownership(),
				employer == null ? null : employer.headcount(), org.foundedOn(), org.hasWorkersCongress(),
				org.hasOpenAffairs(), org.memberCount());
	}

	/** The indicators in the API, rates in percent. */
	record Indicators(long orgId, long organisations, long grassrootsUnions, long enterprises,
			long unionisedEnterprises, BigDecimal foundingRate, long withWorkersCongress,
			BigDecimal workersCongressRate, long withOpenAffairs, BigDecimal openAffairsRate, long members) {

		static Indicators of(OrgIndicators i) {
			return new Indicators(i.orgId(), i.organisations(), i.grassrootsUnions(), i.enterprises(),
					i.unionisedEnterprises(), i.foundingRate(), i.withWorkersCongress(), i.workersCongressRate(),
					i.withOpenAffairs(), i.openAffairsRate(), i.members());
		}

	}

}
