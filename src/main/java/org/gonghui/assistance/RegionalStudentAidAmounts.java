package org.gonghui.assistance;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gonghui.shared.money.Money;

/**
 * Student aid amounts set per region over the global table. For each school level and
 * household type the county's own amount applies, else its city's, else its province's,
 * else the global table's: a city that raises only the university amount keeps the rest.
 */
public final class RegionalStudentAidAmounts {

	private final StudentAidTable global;

	private final List<Entry> entries;

	public RegionalStudentAidAmounts(StudentAidTable global, Collection<Entry> entries) {
		this.global = global;
		this.entries = List.copyOf(entries);
	}

	/** The table that applies to an organisation in the region. */
	public StudentAidTable tableFor(String regionCode) {
		Map<SchoolLevel, Map<StudentHouseholdType, Money>> amounts = new EnumMap<>(SchoolLevel.class);
		for (SchoolLevel level : SchoolLevel.values()) {
			for (StudentHouseholdType type : StudentHouseholdType.values()) {
				amountFor(regionCode, level, type).ifPresent(
						(amount) -> amounts.computeIfAbsent(level, (l) -> new EnumMap<>(StudentHouseholdType.class))
							.put(type, amount));
			}
		}
		return new StudentAidTable(amounts);
	}

	private Optional<Money> amountFor(String regionCode, SchoolLevel level, StudentHouseholdType type) {
		if (regionCode.matches("\\d{6}")) {
			for (String code : MinimumLivingStandards.regionAndParents(regionCode)) {
				Optional<Money> found = this.entries.stream()
					.filter((e) -> e.regionCode().equals(code) && e.level() == level && e.householdType() == type)
					.map(Entry::amount)
					.findFirst();
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return this.global.amountFor(level, type);
	}

	/** One region's amount for a level and household type. */
	public record Entry(String regionCode, SchoolLevel level, StudentHouseholdType householdType, Money amount) {
	}

}
