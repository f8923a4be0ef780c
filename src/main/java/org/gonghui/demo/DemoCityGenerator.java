package org.gonghui.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.gonghui.shared.region.Regions;
import org.gonghui.shared.region.Regions.Region;

/**
 * Generates the demo city 襄阳 from a seed: the same seed and member count always give
 * equal rows. Counties come from the bundled region list, not from this class. All
 * identifiers are valid by their standards and fictional; nothing here touches a
 * database.
 */
public final class DemoCityGenerator {

	public static final int DEFAULT_MEMBER_COUNT = 20_000;

	/** 襄阳市 (GB/T 2260). */
	public static final String CITY_REGION_CODE = "420600";

	/**
	 * Dates are drawn up to this day, not today, so a seed gives the same rows every
	 * year.
	 */
	public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	/**
	 * The plain password of every demo account: for demo data only, hash it before
	 * storing.
	 */
	public static final String DEMO_PASSWORD = "demo1234";

	// a rare seed draws only small employers; drawing again keeps the default roster
	// below 80 % of the workforce
	private static final int MIN_GRASSROOTS_HEADCOUNT = 25_000;

	// separate streams so changing the member count leaves the organisations as they were
	private static final long MEMBER_STREAM = 0x6D656D6265727300L;

	private final Regions regions;

	public DemoCityGenerator() {
		this(new Regions());
	}

	public DemoCityGenerator(Regions regions) {
		this.regions = regions;
	}

	public DemoCity generate(long seed) {
		return generate(seed, DEFAULT_MEMBER_COUNT);
	}

	/**
	 * @throws IllegalArgumentException if {@code memberCount} is negative or more than
	 * the grassroots unions' employers have workers
	 */
	public DemoCity generate(long seed, int memberCount) {
		Region city = region(CITY_REGION_CODE);
		Region province = region(city.parentCode() == null ? "" : city.parentCode());
		List<County> counties = this.regions.children(CITY_REGION_CODE)
			.stream()
			.map(region -> new County(region.code(), region.name()))
			.toList();
		SplittableRandom treeRandom = new SplittableRandom(seed);
		Identifiers identifiers;
		OrganisationTree tree;
		do {
			identifiers = new Identifiers();
			tree = new OrganisationTree(treeRandom, identifiers, city.name(), counties);
			tree.build(province.name(), province.code(), city.name(), city.code());
		}
		while (tree.grassrootsHeadcount() < MIN_GRASSROOTS_HEADCOUNT);
		List<DemoMember> members = MemberRoster.generate(new SplittableRandom(seed ^ MEMBER_STREAM), identifiers,
				tree.grassroots(), memberCount, AS_OF);
		return new DemoCity(tree.organisations(), tree.unionless(), members,
				DemoAccounts.of(tree.organisations(), tree.grassroots(), city.name(), DEMO_PASSWORD));
	}

	private Region region(String code) {
		return this.regions.find(code).orElseThrow(() -> new IllegalStateException("Region list lacks " + code));
	}

}
