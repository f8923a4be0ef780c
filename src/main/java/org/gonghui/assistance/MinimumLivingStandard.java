package org.gonghui.assistance;

import java.time.LocalDate;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * A region's minimum living standard (低保标准) per person per month, in force from a date
 * until the next value for the same region takes over. Staff maintain these as local
 * governments publish them.
 */
public record MinimumLivingStandard(String regionCode, LocalDate effectiveFrom, Money perPersonPerMonth) {

	public MinimumLivingStandard {
		if (!regionCode.matches("\\d{6}")) {
			throw GonghuiException.invalidField("regionCode", "region.code.format", regionCode);
		}
		if (!perPersonPerMonth.isPositive()) {
			throw GonghuiException.invalidField("perPersonPerMonth", "hardship.standard.not-positive");
		}
	}

}
