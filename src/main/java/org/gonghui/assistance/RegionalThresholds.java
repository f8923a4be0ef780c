package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The category multiples staff have set per region, answering which applied to a region
 * on a date: the county's own setting, else its city's, else its province's, else the
 * platform defaults — the same lookup as the minimum living standard itself.
 */
public final class RegionalThresholds {

	private final List<HardshipThresholdSetting> settings;

	public RegionalThresholds(Collection<HardshipThresholdSetting> settings) {
		this.settings = List.copyOf(settings);
	}

	/** The setting in force for the region or its nearest enclosing region, if any. */
	public Optional<HardshipThresholdSetting> settingInForce(String regionCode, LocalDate on) {
		for (String code : MinimumLivingStandards.regionAndParents(regionCode)) {
			Optional<HardshipThresholdSetting> found = this.settings.stream()
				.filter((s) -> s.regionCode().equals(code) && !s.effectiveFrom().isAfter(on))
				.max(Comparator.comparing(HardshipThresholdSetting::effectiveFrom));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	public HardshipThresholds inForce(String regionCode, LocalDate on) {
		return settingInForce(regionCode, on).map(HardshipThresholdSetting::thresholds)
			.orElseGet(HardshipThresholds::defaults);
	}

}
