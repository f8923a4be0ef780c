package org.gonghui.assistance;

import java.time.LocalDate;

import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.web.GonghuiException;

/**
 * A region's category multiples of its minimum living standard, in force from a date
 * until the region's next setting. The causes each category accepts stay the platform's
 * (the local notices vary the multiples, not the causes).
 */
public record HardshipThresholdSetting(String regionCode, LocalDate effectiveFrom, Ratio deepBelow,
		Ratio relativeWithin, Ratio accidentInducedWithin) {

	public HardshipThresholdSetting {
		if (!regionCode.matches("\\d{6}")) {
			throw GonghuiException.invalidField("regionCode", "region.code.format", regionCode);
		}
		if (deepBelow.basisPoints() == 0) {
			throw GonghuiException.invalidField("deepBelow", "hardship.thresholds.not-positive");
		}
		HardshipThresholds.withMultiples(deepBelow, relativeWithin, accidentInducedWithin);
	}

	public HardshipThresholds thresholds() {
		return HardshipThresholds.withMultiples(this.deepBelow, this.relativeWithin, this.accidentInducedWithin);
	}

}
