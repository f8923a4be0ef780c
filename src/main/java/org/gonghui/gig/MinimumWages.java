package org.gonghui.gig;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The minimum-wage standards staff maintain, looked up by region and date. Provinces
 * usually set two to four tiers by city or county, so the lookup tries the county, then
 * its city, then the province (GB/T 2260: {@code 420102 → 420100 → 420000}), each at the
 * entry in force on the date.
 */
public final class MinimumWages {

	private final Map<String, TreeMap<LocalDate, MinimumWage>> byRegion = new HashMap<>();

	public MinimumWages(Collection<MinimumWage> standards) {
		for (MinimumWage standard : standards) {
			MinimumWage previous = this.byRegion.computeIfAbsent(standard.regionCode(), r -> new TreeMap<>())
				.put(standard.effectiveFrom(), standard);
			if (previous != null) {
				throw new IllegalArgumentException(
						"two standards for " + standard.regionCode() + " from " + standard.effectiveFrom());
			}
		}
	}

	/**
	 * The standard in force in the region on the date, or empty if staff have entered
	 * none.
	 */
	public Optional<MinimumWage> inForce(String regionCode, LocalDate on) {
		for (String code : regionAndParents(regionCode)) {
			TreeMap<LocalDate, MinimumWage> history = this.byRegion.get(code);
			if (history != null) {
				Map.Entry<LocalDate, MinimumWage> entry = history.floorEntry(on);
				if (entry != null) {
					return Optional.of(entry.getValue());
				}
			}
		}
		return Optional.empty();
	}

	private static List<String> regionAndParents(String code) {
		if (!code.matches("\\d{6}")) {
			return List.of();
		}
		String city = code.substring(0, 4) + "00";
		String province = code.substring(0, 2) + "0000";
		return List.of(code, city, province).stream().distinct().toList();
	}

}
