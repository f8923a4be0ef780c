package org.gonghui.org;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The indicators a federation reports for its subtree, e.g. "职代会建制率达 95%".
 *
 * @param enterprises employers registered in the subtree's region
 * @param unionisedEnterprises those with a grassroots union
 * @param grassrootsUnions grassroots unions in the subtree
 */
public record OrgIndicators(long orgId, long organisations, long grassrootsUnions, long enterprises,
		long unionisedEnterprises, long withWorkersCongress, long withOpenAffairs, long members) {

	/** 建会率: unionised employers over all employers, in percent. */
	public BigDecimal foundingRate() {
		return percent(this.unionisedEnterprises, this.enterprises);
	}

	/** 职代会建制率 */
	public BigDecimal workersCongressRate() {
		return percent(this.withWorkersCongress, this.grassrootsUnions);
	}

	/** 厂务公开建制率 */
	public BigDecimal openAffairsRate() {
		return percent(this.withOpenAffairs, this.grassrootsUnions);
	}

	private static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
