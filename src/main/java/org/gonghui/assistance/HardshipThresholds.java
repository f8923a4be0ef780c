package org.gonghui.assistance;

import java.util.EnumSet;
import java.util.Set;

import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.web.GonghuiException;

/**
 * A region's category rules as multiples of its minimum living standard. The national
 * rules (全总《困难职工档案管理办法》2016) give the conditions but publish no thresholds per category,
 * so these are per-region settings; the defaults follow the local notices in RULES.md:
 * <ul>
 * <li>deep hardship: per-capita income <em>below</em> 1.0× the standard, whatever the
 * cause;</li>
 * <li>relative hardship: <em>within</em> 1.5× with illness, schooling, disability or
 * single parenthood;</li>
 * <li>accident-induced hardship: <em>within</em> 3× with a sudden event, accident or
 * major illness (illness is in both lists: the reviewer tells a major illness from an
 * ordinary one).</li>
 * </ul>
 */
public record HardshipThresholds(Ratio deepBelow, Ratio relativeWithin, Set<HardshipCause> relativeCauses,
		Ratio accidentInducedWithin, Set<HardshipCause> accidentInducedCauses) {

	public HardshipThresholds {
		relativeCauses = Set.copyOf(relativeCauses);
		accidentInducedCauses = Set.copyOf(accidentInducedCauses);
		if (deepBelow.compareTo(relativeWithin) > 0 || relativeWithin.compareTo(accidentInducedWithin) > 0) {
			throw GonghuiException.invalid("hardship.thresholds.order");
		}
	}

	/** The default causes with a region's own multiples. */
	public static HardshipThresholds withMultiples(Ratio deepBelow, Ratio relativeWithin, Ratio accidentInducedWithin) {
		HardshipThresholds defaults = defaults();
		return new HardshipThresholds(deepBelow, relativeWithin, defaults.relativeCauses(), accidentInducedWithin,
				defaults.accidentInducedCauses());
	}

	public static HardshipThresholds defaults() {
		return new HardshipThresholds(Ratio.of("1.0"), Ratio.of("1.5"),
				EnumSet.of(HardshipCause.ILLNESS, HardshipCause.SCHOOLING, HardshipCause.DISABILITY,
						HardshipCause.SINGLE_PARENT),
				Ratio.of("3"), EnumSet.of(HardshipCause.ACCIDENT, HardshipCause.DISASTER, HardshipCause.ILLNESS));
	}

}
