package org.gonghui.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gonghui.assistance.Actor;
import org.gonghui.assistance.CampaignDraft;
import org.gonghui.assistance.Campaigns;
import org.gonghui.assistance.ExitReason;
import org.gonghui.assistance.HardshipApplication;
import org.gonghui.assistance.HardshipCases;
import org.gonghui.assistance.HardshipCause;
import org.gonghui.assistance.HouseholdMember;
import org.gonghui.assistance.PaymentKind;
import org.gonghui.assistance.RecipientCategory;
import org.gonghui.assistance.SchoolLevel;
import org.gonghui.assistance.StudentAid;
import org.gonghui.assistance.StudentAwardDraft;
import org.gonghui.assistance.StudentHouseholdType;
import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberDraft;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgType;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.Role;

/**
 * Hardship files in every state across the demo city, one condolence campaign with
 * payments and this year's student aid awards, entered through the assistance facades
 * with their original dates (files loaded as from an archive). The demo {@code worker}
 * account (赵小雨) gets a member record in the officer's union with the ID number
 * {@value #WORKER_ID_NUMBER}, linked to the account as the portal's name-and-ID check
 * would link it: the one member the account is in hardship help, student aid, mutual aid
 * and contests.
 */
@Component
@Order(60)
class AssistanceDemo implements DemoSection {

	private static final Logger log = LoggerFactory.getLogger(AssistanceDemo.class);

	/** GB 11643-1999: 襄城区 420602, born 1990-05-12, sequence 024 (female). */
	static final String WORKER_ID_NUMBER = "420602199005120242";

	private static final String[] RELATIONS = { "配偶", "子女", "父亲", "母亲", "子女" };

	private final HardshipCases cases;

	private final Campaigns campaigns;

	private final StudentAid studentAid;

	private final MemberDirectory members;

	private final OrgDirectory orgs;

	private final Clock clock;

	AssistanceDemo(HardshipCases cases, Campaigns campaigns, StudentAid studentAid, MemberDirectory members,
			OrgDirectory orgs, Clock clock) {
		this.cases = cases;
		this.campaigns = campaigns;
		this.studentAid = studentAid;
		this.members = members;
		this.orgs = orgs;
		this.clock = clock;
	}

	@Override
	public void load(DemoContext context) {
		Actor cityStaff = actor(context, "city", Role.FEDERATION_STAFF);
		// the administrator exists before the demo loads: the city staff maintain the
		// settings
		Actor admin = cityStaff;
		Actor officer = actor(context, "officer", Role.UNION_OFFICER);
		DemoOrganisation cityOrg = context.city()
			.organisations()
			.stream()
			.filter((o) -> o.type() == OrgType.CITY_FEDERATION)
			.findFirst()
			.orElseThrow();
		DataScope cityScope = scope(context.orgId(cityOrg.key()));
		String officerUnionKey = context.city()
			.accounts()
			.stream()
			.filter((a) -> a.username().equals("officer"))
			.findFirst()
			.orElseThrow()
			.orgKey();
		long officerUnion = context.orgId(officerUnionKey);
		DataScope officerScope = scope(officerUnion);

		// 襄阳市 minimum living standards (元/人·月), raised each January
		this.cases.recordStandard(admin, cityOrg.regionCode(), LocalDate.of(2024, 1, 1), Money.ofYuan(680));
		this.cases.recordStandard(admin, cityOrg.regionCode(), LocalDate.of(2025, 1, 1), Money.ofYuan(720));
		this.cases.recordStandard(admin, cityOrg.regionCode(), LocalDate.of(2026, 1, 1), Money.ofYuan(750));

		// a courier (new-employment-form worker), so she may also enter the demo county's
		// riders' contest
		this.members.enterAll(List.of(new MemberDraft("赵小雨", WORKER_ID_NUMBER, "13971650242", officerUnion, null,
				LocalDate.of(2019, 3, 1), MemberStatus.ACTIVE, "快递员", null, true)));
		linkWorker(context, this.members, this.members.findByIdNumber(WORKER_ID_NUMBER).orElseThrow().id());

		Random random = context.random();
		List<DemoMember> pool = new ArrayList<>(
				context.city().members().stream().filter((m) -> m.status() == MemberStatus.ACTIVE).toList());
		Collections.shuffle(pool, random);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
		// the officer's own union first, so the officer's console has work to do
		List<DemoMember> chosen = new ArrayList<>(
				pool.stream().filter((m) -> m.orgKey().equals(officerUnionKey)).limit(6).toList());
		pool.stream().filter((m) -> !chosen.contains(m)).limit(36 - chosen.size()).forEach(chosen::add);
		Map<String, Integer> states = new HashMap<>();
		List<MemberSummary> activeFiles = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			MemberSummary member = this.members.findByIdNumber(chosen.get(i).idNumber()).orElseThrow();
			boolean own = member.orgId() == officerUnion;
			Actor grassroots = own ? officer : cityStaff;
			DataScope scope = own ? officerScope : cityScope;
			String state = stateOf(i);
			// older files first: the active ones span two years so some re-checks are due
			int daysAgo = switch (state) {
				case "SUBMITTED" -> 1 + random.nextInt(10);
				case "VERIFIED" -> 6 + random.nextInt(6);
				case "IN_NOTICE" -> 8 + random.nextInt(3);
				default -> 60 + random.nextInt(640);
			};
			Instant applied = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(random.nextInt(8)));
			UUID id = this.cases.apply(grassroots, scope, application(member, i, random), applied);
			states.merge(state, 1, Integer::sum);
			if (state.equals("SUBMITTED")) {
				continue;
			}
			if (state.equals("REJECTED")) {
				this.cases.reject(grassroots, scope, id, -1, "入户核实发现家庭另有经营性收入，不符合建档条件",
						applied.plus(Duration.ofDays(3)));
				continue;
			}
			this.cases.verify(grassroots, scope, id, -1, "入户走访：家庭情况与申报一致，住房简陋，家中无其他收入来源",
					applied.plus(Duration.ofDays(2)));
			if (state.equals("VERIFIED")) {
				continue;
			}
			LocalDate noticeFrom = LocalDate.ofInstant(applied.plus(Duration.ofDays(4)), BusinessTime.ZONE);
			this.cases.startNotice(grassroots, scope, id, -1, noticeFrom, 7, applied.plus(Duration.ofDays(4)));
			if (state.equals("IN_NOTICE")) {
				continue;
			}
			Instant approved = applied.plus(Duration.ofDays(13));
			this.cases.approve(cityStaff, cityScope, id, -1, approved);
			if (state.equals("EXITED")) {
				Instant exited = approved.plus(Duration.ofDays(40));
				this.cases.exit(grassroots, scope, id, -1, ExitReason.INCOME_ABOVE_THRESHOLD, "家属实现稳定就业，收入超过标准",
						LocalDate.ofInstant(exited, BusinessTime.ZONE), exited);
			}
			else {
				activeFiles.add(member);
			}
		}

		UUID campaign = condolence(context, cityStaff, cityScope, activeFiles, today, now, random);
		int awards = studentAid(admin, cityStaff, cityScope, activeFiles, today, now);
		log.info("Assistance demo: {} hardship files {}, campaign {}, {} student awards; worker applies as 赵小雨 {}",
				chosen.size(), states, campaign, awards, WORKER_ID_NUMBER);
	}

	/**
	 * Links the demo {@code worker} account to the member through the platform's one
	 * account link (the member module's), if the account exists.
	 */
	static void linkWorker(DemoContext context, MemberDirectory members, long memberId) {
		if (!context.accountIds().containsKey("worker")) {
			return;
		}
		if (!members.link(context.accountId("worker"), memberId)) {
			throw new IllegalStateException("the demo worker account is linked to another member");
		}
	}

	// of 36 files: 6 submitted, 4 verified, 4 on notice, 3 rejected, 3 exited, 16 active
	private static String stateOf(int i) {
		return switch (i % 12) {
			case 0, 6 -> "SUBMITTED";
			case 1 -> "VERIFIED";
			case 2 -> "IN_NOTICE";
			case 3 -> i < 24 ? "REJECTED" : "ACTIVE";
			case 4 -> i < 24 ? "EXITED" : "ACTIVE";
			default -> "ACTIVE";
		};
	}

	private static HardshipApplication application(MemberSummary member, int i, Random random) {
		int size = 1 + random.nextInt(4);
		List<HouseholdMember> household = new ArrayList<>();
		household.add(new HouseholdMember(member.name(), "本人", i % 3 == 0 ? "慢性肾病" : null));
		for (int k = 1; k < size; k++) {
			household.add(new HouseholdMember(member.name().charAt(0) + "某" + k, RELATIONS[k % RELATIONS.length],
					k == 1 && i % 4 == 1 ? "残疾二级" : null));
		}
		// per-capita income around the standard: deep, relative and accident-induced in
		// turn
		int perCapitaYuan = switch (i % 3) {
			case 0 -> 300 + random.nextInt(350);
			case 1 -> 760 + random.nextInt(300);
			default -> 1200 + random.nextInt(800);
		};
		Set<HardshipCause> causes = switch (i % 3) {
			case 0 -> EnumSet.of(HardshipCause.ILLNESS, HardshipCause.UNEMPLOYMENT);
			case 1 -> EnumSet.of(HardshipCause.SCHOOLING, HardshipCause.DISABILITY);
			default -> EnumSet.of(HardshipCause.ACCIDENT);
		};
		return new HardshipApplication(member.id(), null, null, household, Money.ofYuan((long) perCapitaYuan * size),
				causes, i % 3 == 0 ? "本人慢性肾病，每周透析两次" : null, "基层工会代为申请");
	}

	private UUID condolence(DemoContext context, Actor cityStaff, DataScope cityScope, List<MemberSummary> activeFiles,
			LocalDate today, Instant now, Random random) {
		Map<Long, Money> budgets = new HashMap<>();
		context.city()
			.organisations()
			.stream()
			.filter((o) -> o.type() == OrgType.COUNTY_FEDERATION)
			.forEach((o) -> budgets.put(context.orgId(o.key()), Money.ofYuan(12_000)));
		// unions directly under the city (industry unions, city-level employers) draw on
		// the city's own budget
		budgets.put(cityScope.orgId(), Money.ofYuan(10_000));
		UUID id = this.campaigns.create(cityStaff, cityScope,
				new CampaignDraft((today.getYear() + 1) + " 年元旦春节送温暖", today.minusDays(10), today.plusDays(90),
						Map.of(RecipientCategory.DEEP_HARDSHIP, Money.ofYuan(1000), RecipientCategory.RELATIVE_HARDSHIP,
								Money.ofYuan(800), RecipientCategory.ACCIDENT_INDUCED_HARDSHIP, Money.ofYuan(800),
								RecipientCategory.MODEL_WORKER, Money.ofYuan(600)),
						budgets));
		this.campaigns.generateList(cityStaff, cityScope, id);
		// half the listed hardship households have already been visited
		for (int i = 0; i < activeFiles.size() / 2; i++) {
			this.campaigns.pay(cityStaff, cityScope, id, activeFiles.get(i).id(),
					i % 3 == 2 ? PaymentKind.GOODS : PaymentKind.CASH, null, i % 3 == 2 ? "米、油、棉被（折合）" : "慰问金",
					now.minus(Duration.ofHours(1 + random.nextInt(48))));
		}
		return id;
	}

	private int studentAid(Actor admin, Actor cityStaff, DataScope cityScope, List<MemberSummary> activeFiles,
			LocalDate today, Instant now) {
		this.studentAid.setAmount(admin, SchoolLevel.PRESCHOOL, StudentHouseholdType.FILED_HARDSHIP, Money.ofYuan(800));
		this.studentAid.setAmount(admin, SchoolLevel.PRIMARY, StudentHouseholdType.FILED_HARDSHIP, Money.ofYuan(1000));
		this.studentAid.setAmount(admin, SchoolLevel.PRIMARY, StudentHouseholdType.OTHER_HARDSHIP, Money.ofYuan(800));
		this.studentAid.setAmount(admin, SchoolLevel.JUNIOR_SECONDARY, StudentHouseholdType.FILED_HARDSHIP,
				Money.ofYuan(1500));
		this.studentAid.setAmount(admin, SchoolLevel.JUNIOR_SECONDARY, StudentHouseholdType.OTHER_HARDSHIP,
				Money.ofYuan(1000));
		this.studentAid.setAmount(admin, SchoolLevel.POSTGRADUATE, StudentHouseholdType.FILED_HARDSHIP,
				Money.ofYuan(6000));
		SchoolLevel[] levels = { SchoolLevel.UNIVERSITY_UNDERGRADUATE, SchoolLevel.SENIOR_SECONDARY,
				SchoolLevel.PRIMARY, SchoolLevel.JUNIOR_COLLEGE, SchoolLevel.JUNIOR_SECONDARY, SchoolLevel.VOCATIONAL };
		String[] schools = { "武汉大学", "襄阳市第四中学", "襄城区实验小学", "襄阳职业技术学院", "襄阳市第二十中学", "襄阳市工业学校" };
		int count = 0;
		for (int i = 0; i < Math.min(6, activeFiles.size()); i++) {
			MemberSummary parent = activeFiles.get(i);
			int year = Year.from(today).getValue();
			// a child born for the level's age, in the parent's county
			int age = switch (levels[i]) {
				case PRIMARY -> 9;
				case JUNIOR_SECONDARY -> 13;
				case SENIOR_SECONDARY, VOCATIONAL -> 16;
				default -> 18;
			};
			String body = "420602" + String.format("%04d0901%03d", year - age, 100 + i * 2);
			String studentId = body + IdNumber.checkCharacter(body);
			this.studentAid.award(cityStaff, cityScope,
					new StudentAwardDraft(year, parent.id(), parent.name().charAt(0) + "同学" + (i + 1), studentId,
							schools[i], levels[i], StudentHouseholdType.FILED_HARDSHIP),
					now.minus(Duration.ofDays(30 + i)));
			count++;
		}
		return count;
	}

	private Actor actor(DemoContext context, String username, Role role) {
		String name = context.city()
			.accounts()
			.stream()
			.filter((a) -> a.username().equals(username))
			.map(DemoAccount::displayName)
			.findFirst()
			.orElse(username);
		return new Actor(context.accountId(username), name, role);
	}

	private DataScope scope(long orgId) {
		return new DataScope(orgId, this.orgs.find(orgId).orElseThrow().path());
	}

}
