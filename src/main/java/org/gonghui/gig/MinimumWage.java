package org.gonghui.gig;

import java.time.LocalDate;

/**
 * A region's minimum wage from a date on, as the provincial government publishes it
 * (《最低工资规定》, MOLSS Order No. 21, 2004): the monthly standard for full-time work and the
 * hourly standard for part-time work (非全日制用工), both in fen. {@code regionCode} is a GB/T
 * 2260 code; a province's code covers its cities and counties unless they have their own
 * entry.
 */
public record MinimumWage(String regionCode, LocalDate effectiveFrom, long hourlyFen, long monthlyFen) {

	public MinimumWage {
		if (!regionCode.matches("\\d{6}")) {
			throw new IllegalArgumentException("region code must be six digits: " + regionCode);
		}
		if (hourlyFen <= 0 || monthlyFen <= 0) {
			throw new IllegalArgumentException("minimum wage must be positive");
		}
	}

}
