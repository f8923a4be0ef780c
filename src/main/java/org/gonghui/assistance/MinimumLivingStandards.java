package org.gonghui.assistance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.gonghui.shared.web.GonghuiException;

/**
 * The minimum living standards staff have entered, answering which value was in force for
 * a region on a date. A county without its own value uses its city's, a city its
 * province's: local governments often publish one standard for a whole city.
 */
public final class MinimumLivingStandards {

	private final List<MinimumLivingStandard> standards;

	public MinimumLivingStandards(Collection<MinimumLivingStandard> standards) {
		this.standards = List.copyOf(standards);
	}

	/**
	 * The value in force for the region (or the nearest enclosing region that has one) on
	 * the date.
	 */
	public Optional<MinimumLivingStandard> inForce(String regionCode, LocalDate on) {
		for (String code : regionAndParents(regionCode)) {
			Optional<MinimumLivingStandard> found = this.standards.stream()
				.filter((s) -> s.regionCode().equals(code) && !s.effectiveFrom().isAfter(on))
				.max(Comparator.comparing(MinimumLivingStandard::effectiveFrom));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/**
	 * @throws GonghuiException {@code hardship.standard.missing} when no value covers the
	 * region and date
	 */
	public MinimumLivingStandard require(String regionCode, LocalDate on) {
		return inForce(regionCode, on)
			.orElseThrow(() -> GonghuiException.invalid("hardship.standard.missing", regionCode, on.toString()));
	}

	// GB/T 2260: PPCCDD, city = PPCC00, province = PP0000
	static List<String> regionAndParents(String code) {
		String city = code.substring(0, 4) + "00";
		String province = code.substring(0, 2) + "0000";
		return List.of(code, city, province).stream().distinct().toList();
	}

}
