package org.gonghui.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.ident.IdNumber;
import org.jspecify.annotations.Nullable;

/**
 * Members spread over the grassroots unions in proportion to their employers' headcount.
 */
final class MemberRoster {

	private static final LocalDate LATEST_BIRTH = LocalDate.of(2004, 12, 31);

	// Labour Law art. 15: no one under 16 may be employed
	private static final int WORKING_AGE = 16;

	private MemberRoster() {
	}

	static List<DemoMember> generate(SplittableRandom random, Identifiers identifiers, List<GrassrootsUnion> unions,
			int memberCount, LocalDate asOf) {
		int[] quotas = quotas(unions, memberCount);
		List<DemoMember> members = new ArrayList<>(memberCount);
		for (int u = 0; u < unions.size(); u++) {
			GrassrootsUnion union = unions.get(u);
			for (int n = 0; n < quotas[u]; n++) {
				members.add(member(random, identifiers, union, "mem-%05d".formatted(members.size() + 1), asOf));
			}
		}
		return members;
	}

	/** Largest-remainder apportionment: proportional to headcount, never above it. */
	static int[] quotas(List<GrassrootsUnion> unions, int memberCount) {
		long totalHeadcount = unions.stream().mapToLong(union -> union.enterprise().headcount()).sum();
		if (memberCount < 0 || memberCount > totalHeadcount) {
			throw new IllegalArgumentException(
					"memberCount must be between 0 and the unions' total headcount " + totalHeadcount);
		}
		int[] quotas = new int[unions.size()];
		double[] remainders = new double[unions.size()];
		int assigned = 0;
		for (int u = 0; u < quotas.length; u++) {
			double exact = (double) memberCount * unions.get(u).enterprise().headcount() / totalHeadcount;
			quotas[u] = (int) Math.floor(exact);
			remainders[u] = exact - quotas[u];
			assigned += quotas[u];
		}
		List<Integer> byRemainder = IntStream.range(0, quotas.length)
			.boxed()
			.sorted(Comparator.<Integer>comparingDouble(u -> -remainders[u]).thenComparingInt(u -> u))
			.toList();
		for (int i = 0; assigned < memberCount; i = (i + 1) % quotas.length) {
			int u = byRemainder.get(i);
			if (quotas[u] < unions.get(u).enterprise().headcount()) {
				quotas[u]++;
				assigned++;
			}
		}
		return quotas;
	}

	/** Technician grades (二级, 一级) take years of practice: none before 30 in the demo. */
	private static @Nullable SkillLevel skillLevel(SplittableRandom random, Occupation occupation, LocalDate birthDate,
			LocalDate asOf) {
		SkillLevel level = occupation.skills().draw(random);
		boolean young = birthDate.plusYears(30).isAfter(asOf);
		return (young && level != null && level.compareTo(SkillLevel.LEVEL_3) > 0) ? SkillLevel.LEVEL_3 : level;
	}

	private static DemoMember member(SplittableRandom random, Identifiers identifiers, GrassrootsUnion union,
			String key, LocalDate asOf) {
		Occupation occupation = union.sector().occupation(random);
		boolean male = Pick.percent(random, occupation.malePercent());
		String name = ChineseNames.next(random, male);
		LocalDate birthDate = Pick.date(random, LocalDate.of(occupation.earliestBirthYear(), 1, 1), LATEST_BIRTH);
		LocalDate founded = union.organisation().foundedOn();
		LocalDate adult = birthDate.plusYears(WORKING_AGE);
		LocalDate joinedOn = Pick.date(random, (founded.isAfter(adult) ? founded : adult).plusDays(1), asOf);
		MemberStatus status = Pick.percent(random, 3) ? MemberStatus.LEFT : MemberStatus.ACTIVE;
		DemoEnterprise employer = union.enterprise();
		return new DemoMember(key, union.organisation().key(), name,
				male ? IdNumber.Gender.MALE : IdNumber.Gender.FEMALE,
				identifiers.idNumber(random, employer.regionCode(), birthDate, male), identifiers.mobile(random),
				employer.name(), joinedOn, status, occupation.demo(), skillLevel(random, occupation, birthDate, asOf));
	}

}
