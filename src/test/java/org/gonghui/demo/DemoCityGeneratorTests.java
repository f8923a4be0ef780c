package org.gonghui.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;
import org.gonghui.org.OrgType;
import org.gonghui.shared.ident.CreditCode;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.region.Regions;
import org.gonghui.shared.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCityGeneratorTests {

	private static final Regions REGIONS = new Regions();

	private static final DemoCityGenerator GENERATOR = new DemoCityGenerator(REGIONS);

	private static DemoCity city;

	private static Map<String, DemoOrganisation> byKey;

	@BeforeAll
	static void generateSeed42() {
		city = GENERATOR.generate(42);
		byKey = city.organisations().stream().collect(Collectors.toMap(DemoOrganisation::key, Function.identity()));
	}

	@Test
	void sameSeedGivesEqualRows_seed42Twice() {
		assertThat(GENERATOR.generate(42)).isEqualTo(city);
	}

	@Test
	void otherSeedGivesOtherRows_seed43() {
		DemoCity other = GENERATOR.generate(43);
		assertThat(other.organisations()).isNotEqualTo(city.organisations());
		assertThat(other.members()).isNotEqualTo(city.members());
	}

	@Test
	void memberCountLeavesTheOrganisationsAsTheyWere_500Members() {
		DemoCity small = GENERATOR.generate(42, 500);
		assertThat(small.members()).hasSize(500);
		assertThat(small.organisations()).isEqualTo(city.organisations());
	}

	@Test
	void refusesMoreMembersThanTheEmployersHaveWorkers_tenMillion() {
		assertThatIllegalArgumentException().isThrownBy(() -> GENERATOR.generate(42, 10_000_000));
	}

	@Test
	void buildsAboutThreeHundredOrganisationsInOneTree() {
		List<DemoOrganisation> organisations = city.organisations();
		assertThat(organisations).hasSizeBetween(280, 320);
		assertThat(byKey).hasSameSizeAs(organisations);
		assertThat(organisations).filteredOn(org -> org.parentKey() == null)
			.singleElement()
			.satisfies(root -> assertThat(root.type()).isEqualTo(OrgType.NATIONAL_FEDERATION))
			.satisfies(root -> assertThat(root.regionCode()).isEqualTo("000000"));
		Set<String> seen = new HashSet<>();
		for (DemoOrganisation org : organisations) {
			if (org.parentKey() != null) {
				assertThat(seen).as("parent of %s comes first", org.key()).contains(org.parentKey());
			}
			seen.add(org.key());
		}
	}

	@Test
	void eachLevelSitsUnderTheLevelAbove_provinceCityCountyIndustryGrassroots() {
		for (DemoOrganisation org : city.organisations()) {
			if (org.parentKey() == null) {
				continue;
			}
			OrgType parent = byKey.get(org.parentKey()).type();
			switch (org.type()) {
				case PROVINCIAL_FEDERATION -> assertThat(parent).isEqualTo(OrgType.NATIONAL_FEDERATION);
				case CITY_FEDERATION -> assertThat(parent).isEqualTo(OrgType.PROVINCIAL_FEDERATION);
				case COUNTY_FEDERATION, INDUSTRY_UNION -> assertThat(parent).isEqualTo(OrgType.CITY_FEDERATION);
				case GRASSROOTS_UNION -> assertThat(parent).isIn(OrgType.COUNTY_FEDERATION, OrgType.INDUSTRY_UNION);
				default -> throw new AssertionError("second root " + org);
			}
		}
		assertThat(ofType(OrgType.PROVINCIAL_FEDERATION)).singleElement()
			.satisfies(org -> assertThat(org.name()).isEqualTo("湖北省总工会"))
			.satisfies(org -> assertThat(org.regionCode()).isEqualTo("420000"));
		assertThat(ofType(OrgType.CITY_FEDERATION)).singleElement()
			.satisfies(org -> assertThat(org.name()).isEqualTo("襄阳市总工会"))
			.satisfies(org -> assertThat(org.regionCode()).isEqualTo("420600"));
		assertThat(ofType(OrgType.INDUSTRY_UNION)).hasSizeBetween(2, 3)
			.anySatisfy(org -> assertThat(org.name()).isEqualTo("襄阳市教育工会"));
	}

	@Test
	void countyFederationsCarryEveryRealCountyOfXiangyang_4206xx() {
		Set<String> realCodes = REGIONS.children("420600")
			.stream()
			.map(Regions.Region::code)
			.collect(Collectors.toSet());
		assertThat(realCodes).hasSize(9).contains("420602", "420625");
		List<DemoOrganisation> counties = ofType(OrgType.COUNTY_FEDERATION);
		assertThat(counties).extracting(DemoOrganisation::regionCode).containsExactlyInAnyOrderElementsOf(realCodes);
		assertThat(counties).allSatisfy(
				org -> assertThat(org.name()).isEqualTo(REGIONS.find(org.regionCode()).orElseThrow().name() + "总工会"));
		assertThat(counties).extracting(DemoOrganisation::name).contains("襄城区总工会", "谷城县总工会");
	}

	@Test
	void everyGrassrootsUnionHasAnEmployerInAXiangyangCounty_headcount25To3000() {
		List<DemoOrganisation> grassroots = city.grassrootsUnions();
		assertThat(grassroots).hasSizeGreaterThan(250);
		assertThat(grassroots).allSatisfy(org -> {
			DemoEnterprise employer = Objects.requireNonNull(org.enterprise());
			assertThat(org.regionCode()).matches("4206\\d\\d").isEqualTo(employer.regionCode());
			assertThat(org.name()).isEqualTo(employer.name() + "工会委员会");
			assertThat(employer.headcount()).isBetween(25, 3000);
			assertThat(org.foundedOn()).isBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2024, 12, 31));
		});
		assertThat(city.organisations()).filteredOn(org -> org.type() != OrgType.GRASSROOTS_UNION)
			.allSatisfy(org -> assertThat(org.enterprise()).isNull());
	}

	@Test
	void workersCongressAndOpenFactoryAffairsInMostGrassrootsUnions_about95And90Percent() {
		List<DemoOrganisation> grassroots = city.grassrootsUnions();
		assertThat(share(grassroots, DemoOrganisation::hasWorkersCongress)).isBetween(0.90, 0.99);
		assertThat(share(grassroots, DemoOrganisation::hasOpenFactoryAffairs)).isBetween(0.84, 0.96);
	}

	@Test
	void everyCreditCodeIsValidUniqueAndNamesItsKindAndCounty() {
		List<DemoEnterprise> enterprises = city.enterprises();
		assertThat(enterprises).extracting(DemoEnterprise::creditCode).doesNotHaveDuplicates();
		assertThat(enterprises).extracting(DemoEnterprise::name).doesNotHaveDuplicates();
		assertThat(enterprises).extracting(DemoEnterprise::key).doesNotHaveDuplicates();
		assertThat(enterprises).allSatisfy(enterprise -> {
			assertThat(CreditCode.validate(enterprise.creditCode())).isNull();
			assertThat(enterprise.creditCode().substring(0, 2)).isIn("91", "12", "11", "51");
			assertThat(enterprise.creditCode().substring(2, 8)).isEqualTo(enterprise.regionCode());
		});
	}

	@Test
	void foundingRateIsBetween80And88Percent() {
		assertThat(city.enterprisesWithoutUnion()).hasSizeBetween(35, 55);
		assertThat(city.foundingRate()).isBetween(0.80, 0.88);
	}

	@Test
	void generatesTwentyThousandMembersByDefault_allInGrassrootsUnions() {
		assertThat(city.members()).hasSize(DemoCityGenerator.DEFAULT_MEMBER_COUNT);
		assertThat(city.members()).extracting(DemoMember::key).doesNotHaveDuplicates();
		assertThat(city.members()).allSatisfy(member -> {
			DemoOrganisation union = byKey.get(member.orgKey());
			assertThat(union.type()).isEqualTo(OrgType.GRASSROOTS_UNION);
			assertThat(member.employerName()).isEqualTo(Objects.requireNonNull(union.enterprise()).name());
		});
	}

	@Test
	void membersPerUnionNeverExceedHeadcountAndFollowIt() {
		Map<String, Long> perUnion = city.members()
			.stream()
			.collect(Collectors.groupingBy(DemoMember::orgKey, Collectors.counting()));
		for (DemoOrganisation union : city.grassrootsUnions()) {
			int headcount = Objects.requireNonNull(union.enterprise()).headcount();
			long members = perUnion.getOrDefault(union.key(), 0L);
			assertThat(members).as(union.name()).isLessThanOrEqualTo(headcount).isPositive();
		}
		DemoOrganisation largest = city.grassrootsUnions()
			.stream()
			.max((a, b) -> Integer.compare(a.enterprise().headcount(), b.enterprise().headcount()))
			.orElseThrow();
		assertThat(perUnion.get(largest.key()))
			.isEqualTo(perUnion.values().stream().mapToLong(Long::longValue).max().orElseThrow());
	}

	@Test
	void everyIdNumberIsValidUniqueAndAgreesWithCountyBirthAndGender() {
		assertThat(city.members()).extracting(DemoMember::idNumber).doesNotHaveDuplicates();
		assertThat(city.members()).allSatisfy(member -> {
			IdNumber.Result parsed = IdNumber.parse(member.idNumber());
			assertThat(parsed.errorKey()).isNull();
			IdNumber id = Objects.requireNonNull(parsed.idNumber());
			assertThat(id.regionCode()).isEqualTo(byKey.get(member.orgKey()).regionCode());
			assertThat(id.gender()).isEqualTo(member.gender());
			assertThat(id.birthDate()).isBetween(LocalDate.of(1965, 1, 1), LocalDate.of(2004, 12, 31));
			assertThat(member.joinedOn()).isAfter(id.birthDate().plusYears(16))
				.isAfter(byKey.get(member.orgKey()).foundedOn())
				.isBeforeOrEqualTo(DemoCityGenerator.AS_OF);
		});
	}

	@Test
	void everyMobileIsAValidCnMobileAndUnique() {
		assertThat(city.members()).extracting(DemoMember::mobile).doesNotHaveDuplicates();
		assertThat(city.members())
			.allSatisfy(member -> assertThat(MobileNumber.isValid(member.mobile())).as(member.mobile()).isTrue());
	}

	@Test
	void namesAreTwoToFourChineseCharactersWithCommonSurnamesFirst() {
		assertThat(city.members()).allSatisfy(member -> assertThat(member.name()).matches("\\p{IsHan}{2,4}"));
		Map<Character, Long> surnames = city.members()
			.stream()
			.collect(Collectors.groupingBy(member -> member.name().charAt(0), Collectors.counting()));
		assertThat(surnames.get('王')).isGreaterThan(surnames.getOrDefault('涂', 0L) * 5);
	}

	@Test
	void aboutThreePercentHaveLeftTheRestAreActive() {
		assertThat(city.members()).extracting(DemoMember::status).containsOnly(MemberStatus.ACTIVE, MemberStatus.LEFT);
		assertThat(share(city.members(), member -> member.status() == MemberStatus.LEFT)).isBetween(0.02, 0.04);
	}

	@Test
	void newEmploymentFormWorkersAreAboutSixPercentAndConcentratedInAFewUnions() {
		List<DemoMember> gig = city.members().stream().filter(DemoMember::newEmploymentForm).toList();
		assertThat((double) gig.size() / city.members().size()).isBetween(0.04, 0.09);
		assertThat(gig).extracting(member -> member.occupation().name())
			.containsOnly("快递员", "网约配送员", "网约车司机", "道路货运汽车驾驶员");
		Set<String> unions = gig.stream().map(DemoMember::orgKey).collect(Collectors.toSet());
		assertThat(unions.size()).isLessThan(city.grassrootsUnions().size() / 10);
		assertThat(city.members()).filteredOn(member -> member.occupation().name().equals("网约配送员"))
			.allSatisfy(member -> assertThat(member.occupation().code()).isEqualTo("4-02-07-10"));
	}

	@Test
	void occupationsHaveClassificationCodesAndSkillLevelsAreMixed() {
		assertThat(city.members())
			.allSatisfy(member -> assertThat(member.occupation().code()).matches("\\d-\\d\\d-\\d\\d-\\d\\d"));
		Set<String> occupations = city.members()
			.stream()
			.map(member -> member.occupation().name())
			.collect(Collectors.toSet());
		assertThat(occupations).hasSizeGreaterThanOrEqualTo(20).contains("电工", "焊工", "车工", "教师", "护士", "会计", "保洁员");
		double withLevel = share(city.members(), member -> member.skillLevel() != null);
		assertThat(withLevel).isBetween(0.2, 0.6);
		assertThat(city.members()).filteredOn(member -> member.skillLevel() == SkillLevel.LEVEL_1)
			.isNotEmpty()
			.allSatisfy(member -> assertThat(IdNumber.of(member.idNumber()).birthDate().plusYears(30))
				.isBeforeOrEqualTo(DemoCityGenerator.AS_OF));
	}

	@Test
	void eightDemoAccountsCoverEveryRoleAndPointAtExistingOrganisations() {
		List<DemoAccount> accounts = city.accounts();
		assertThat(accounts).extracting(DemoAccount::username)
			.containsExactly("admin", "city", "county", "officer", "worker", "judge", "employer", "partner");
		assertThat(accounts).extracting(account -> Role.valueOf(account.role()))
			.containsAll(Arrays.asList(Role.values()));
		assertThat(accounts).allSatisfy(account -> {
			assertThat(account.password()).isEqualTo("demo1234");
			if (account.orgKey() != null) {
				assertThat(byKey).containsKey(account.orgKey());
			}
		});
		Map<String, DemoAccount> byUsername = new HashMap<>();
		accounts.forEach(account -> byUsername.put(account.username(), account));
		assertThat(byKey.get(byUsername.get("city").orgKey()).type()).isEqualTo(OrgType.CITY_FEDERATION);
		DemoOrganisation county = byKey.get(byUsername.get("county").orgKey());
		assertThat(county.name()).isEqualTo("襄城区总工会");
		DemoOrganisation union = byKey.get(byUsername.get("officer").orgKey());
		assertThat(union.type()).isEqualTo(OrgType.GRASSROOTS_UNION);
		assertThat(union.parentKey()).isEqualTo(county.key());
		assertThat(byUsername.get("employer").orgKey()).isEqualTo(union.key());
		assertThat(byUsername.get("worker").orgKey()).isNull();
		assertThat(byUsername.get("partner").displayName()).contains("法律援助中心");
	}

	private List<DemoOrganisation> ofType(OrgType type) {
		return city.organisations().stream().filter(org -> org.type() == type).toList();
	}

	private static <T> double share(List<T> items, java.util.function.Predicate<T> test) {
		return (double) items.stream().filter(test).count() / items.size();
	}

}
