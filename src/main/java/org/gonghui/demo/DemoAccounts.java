package org.gonghui.demo;

import java.util.List;

import org.gonghui.org.OrgType;

/**
 * One sign-in per role, bound where the role needs it: the county account to the 襄城区
 * federation, the officer and the employer to the same enterprise union in that county so
 * a collective contract can be walked through end to end.
 */
final class DemoAccounts {

	static final String DEMO_COUNTY_NAME = "襄城区";

	private DemoAccounts() {
	}

	static List<DemoAccount> of(List<DemoOrganisation> organisations, List<GrassrootsUnion> grassroots, String cityName,
			String password) {
		DemoOrganisation national = first(organisations, OrgType.NATIONAL_FEDERATION);
		DemoOrganisation city = first(organisations, OrgType.CITY_FEDERATION);
		DemoOrganisation county = organisations.stream()
			.filter(org -> org.type() == OrgType.COUNTY_FEDERATION)
			.filter(org -> org.name().startsWith(DEMO_COUNTY_NAME))
			.findFirst()
			.orElseGet(() -> first(organisations, OrgType.COUNTY_FEDERATION));
		GrassrootsUnion union = grassroots.stream()
			.filter(g -> county.key().equals(g.organisation().parentKey()))
			.filter(g -> g.sector().kind() == Sector.EmployerKind.ENTERPRISE)
			.findFirst()
			.orElse(grassroots.get(0));
		String unionKey = union.organisation().key();
		return List.of(new DemoAccount("admin", "平台管理员", "ADMIN", national.key(), password),
				new DemoAccount("city", "陈思远", "FEDERATION_STAFF", city.key(), password),
				new DemoAccount("county", "王丽娟", "FEDERATION_STAFF", county.key(), password),
				new DemoAccount("officer", "李卫东", "UNION_OFFICER", unionKey, password),
				new DemoAccount("worker", "赵小雨", "WORKER", null, password),
				new DemoAccount("judge", "孙建华", "JUDGE", null, password),
				new DemoAccount("employer", "周海涛（" + union.enterprise().name() + "）", "EMPLOYER", unionKey, password),
				new DemoAccount("partner", "吴静（" + cityName + "法律援助中心）", "PARTNER", city.key(), password));
	}

	private static DemoOrganisation first(List<DemoOrganisation> organisations, OrgType type) {
		return organisations.stream().filter(org -> org.type() == type).findFirst().orElseThrow();
	}

}
