package org.gonghui.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.gonghui.demo.Sector.Headcount;
import org.gonghui.org.OrgType;
import org.gonghui.org.Ownership;
import org.jspecify.annotations.Nullable;

/**
 * The union tree 全总 → 省 → 市 → 县（区）plus the city's industry unions, and below them
 * grassroots unions with their employers; then employers that have no union yet, which
 * keep the founding rate (建会率) below 100 %.
 */
final class OrganisationTree {

	static final String NATIONAL_REGION_CODE = "000000";

	private static final LocalDate LAST_FOUNDING = LocalDate.of(2024, 12, 31);

	private static final List<Placement> COUNTY_PLAN = List.of(new Placement(Sector.MANUFACTURING, 71),
			new Placement(Sector.LOGISTICS, 8), new Placement(Sector.DELIVERY_PLATFORM, 5),
			new Placement(Sector.RIDE_HAILING, 3), new Placement(Sector.CONSTRUCTION, 20),
			new Placement(Sector.RETAIL, 26), new Placement(Sector.FOOD, 24), new Placement(Sector.PROPERTY, 14),
			new Placement(Sector.ELDERLY_CARE, 6), new Placement(Sector.SCHOOL, 20), new Placement(Sector.HOSPITAL, 12),
			new Placement(Sector.GOVERNMENT, 28), new Placement(Sector.SOCIAL_ORGANISATION, 6));

	private static final List<IndustryUnion> INDUSTRY_UNIONS = List.of(
			new IndustryUnion("教育工会", Sector.SCHOOL, 14, new Headcount(40, 260, 0.8)),
			new IndustryUnion("卫生工会", Sector.HOSPITAL, 10, new Headcount(60, 2500, 0.9)),
			new IndustryUnion("机械冶金工会", Sector.MANUFACTURING, 18, new Headcount(60, 3000, 0.9)));

	private static final List<Sector> UNIONLESS_SECTORS = List.of(Sector.MANUFACTURING, Sector.RETAIL, Sector.FOOD,
			Sector.CONSTRUCTION, Sector.LOGISTICS, Sector.PROPERTY);

	private static final int[] UNIONLESS_WEIGHTS = { 12, 10, 8, 6, 4, 5 };

	static final int UNIONLESS_EMPLOYERS = 45;

	private final SplittableRandom random;

	private final Identifiers identifiers;

	private final EmployerNames names;

	private final List<County> counties;

	private final int[] countyWeights;

	private final List<DemoOrganisation> organisations = new ArrayList<>();

	private final List<GrassrootsUnion> grassroots = new ArrayList<>();

	private final List<DemoEnterprise> unionless = new ArrayList<>();

	private int enterpriseCount;

	OrganisationTree(SplittableRandom random, Identifiers identifiers, String cityName, List<County> counties) {
		this.random = random;
		this.identifiers = identifiers;
		this.names = new EmployerNames(cityName);
		this.counties = counties;
		this.countyWeights = counties.stream().mapToInt(County::employerWeight).toArray();
	}

	void build(String provinceName, String provinceCode, String cityName, String cityCode) {
		DemoOrganisation national = federation(null, "中华全国总工会", OrgType.NATIONAL_FEDERATION, NATIONAL_REGION_CODE,
				LocalDate.of(1925, 5, 1));
		DemoOrganisation province = federation(national.key(), provinceName + "总工会", OrgType.PROVINCIAL_FEDERATION,
				provinceCode, Pick.date(this.random, LocalDate.of(1949, 10, 1), LocalDate.of(1952, 12, 31)));
		DemoOrganisation city = federation(province.key(), cityName + "总工会", OrgType.CITY_FEDERATION, cityCode,
				Pick.date(this.random, LocalDate.of(1950, 1, 1), LocalDate.of(1955, 12, 31)));
		List<DemoOrganisation> countyFederations = new ArrayList<>();
		for (County county : this.counties) {
			countyFederations.add(federation(city.key(), county.name() + "总工会", OrgType.COUNTY_FEDERATION,
					county.code(), Pick.date(this.random, LocalDate.of(1950, 1, 1), LocalDate.of(1985, 12, 31))));
		}
		List<DemoOrganisation> industryUnions = new ArrayList<>();
		for (IndustryUnion industry : INDUSTRY_UNIONS) {
			industryUnions.add(federation(city.key(), cityName + industry.name(), OrgType.INDUSTRY_UNION, cityCode,
					Pick.date(this.random, LocalDate.of(1984, 1, 1), LocalDate.of(1995, 12, 31))));
		}
		placeUnderCounties(countyFederations);
		for (int i = 0; i < INDUSTRY_UNIONS.size(); i++) {
			IndustryUnion industry = INDUSTRY_UNIONS.get(i);
			for (int n = 0; n < industry.count(); n++) {
				grassrootsUnion(industryUnions.get(i).key(), industry.sector(), industry.headcount(), county(), true);
			}
		}
		for (int n = 0; n < UNIONLESS_EMPLOYERS; n++) {
			Sector sector = UNIONLESS_SECTORS.get(Pick.weighted(this.random, UNIONLESS_WEIGHTS));
			// Trade Union Law art. 11 obliges a committee from 25 members: most unionless
			// firms are smaller
			this.unionless.add(enterprise(sector, county(), false, Ownership.NON_PUBLIC, new Headcount(8, 200, 1.0)));
		}
	}

	/** Grouped county by county so the rows read like a federation's own register. */
	private void placeUnderCounties(List<DemoOrganisation> countyFederations) {
		List<List<Sector>> sectorsByCounty = new ArrayList<>();
		this.counties.forEach(county -> sectorsByCounty.add(new ArrayList<>()));
		for (Placement placement : COUNTY_PLAN) {
			for (int n = 0; n < placement.count(); n++) {
				sectorsByCounty.get(Pick.weighted(this.random, this.countyWeights)).add(placement.sector());
			}
		}
		for (int c = 0; c < this.counties.size(); c++) {
			for (Sector sector : sectorsByCounty.get(c)) {
				grassrootsUnion(countyFederations.get(c).key(), sector, sector.headcount(), this.counties.get(c),
						false);
			}
		}
	}

	private County county() {
		return this.counties.get(Pick.weighted(this.random, this.countyWeights));
	}

	private DemoOrganisation federation(@Nullable String parentKey, String name, OrgType type, String regionCode,
			LocalDate foundedOn) {
		DemoOrganisation organisation = new DemoOrganisation(nextOrgKey(), parentKey, name, type, regionCode, foundedOn,
				false, false, null);
		this.organisations.add(organisation);
		return organisation;
	}

	private void grassrootsUnion(String parentKey, Sector sector, Headcount headcount, County county,
			boolean cityLevel) {
		DemoEnterprise employer = enterprise(sector, county, cityLevel, sector.ownership(this.random), headcount);
		LocalDate foundedOn = Pick.date(this.random, LocalDate.of(sector.firstFoundingYear(), 1, 1), LAST_FOUNDING);
		// DOMAIN.md: the source reports a 95 % workers' congress rate; open factory
		// affairs a little lower
		boolean workersCongress = Pick.percent(this.random, 95);
		boolean openFactoryAffairs = Pick.percent(this.random, 90);
		DemoOrganisation union = new DemoOrganisation(nextOrgKey(), parentKey, employer.name() + "工会委员会",
				OrgType.GRASSROOTS_UNION, county.code(), foundedOn, workersCongress, openFactoryAffairs, employer);
		this.organisations.add(union);
		this.grassroots.add(new GrassrootsUnion(union, sector));
	}

	private DemoEnterprise enterprise(Sector sector, County county, boolean cityLevel, Ownership ownership,
			Headcount headcount) {
		String name = this.names.next(this.random, sector, county, cityLevel);
		String creditCode = this.identifiers.creditCode(this.random, sector.kind().creditPrefix(), county.code());
		this.enterpriseCount++;
		return new DemoEnterprise("ent-%04d".formatted(this.enterpriseCount), name, creditCode, ownership,
				headcount.draw(this.random), county.code());
	}

	private String nextOrgKey() {
		return "org-%04d".formatted(this.organisations.size() + 1);
	}

	List<DemoOrganisation> organisations() {
		return this.organisations;
	}

	List<GrassrootsUnion> grassroots() {
		return this.grassroots;
	}

	long grassrootsHeadcount() {
		return this.grassroots.stream().mapToLong(union -> union.enterprise().headcount()).sum();
	}

	List<DemoEnterprise> unionless() {
		return this.unionless;
	}

	private record Placement(Sector sector, int count) {
	}

	private record IndustryUnion(String name, Sector sector, int count, Headcount headcount) {
	}

}
