package org.gonghui.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gonghui.account.Accounts;
import org.gonghui.competition.ContestDraft;
import org.gonghui.competition.ContestDraft.PrizeDraft;
import org.gonghui.competition.ContestLevel;
import org.gonghui.competition.Contests;
import org.gonghui.competition.Criterion;
import org.gonghui.competition.EntryKind;
import org.gonghui.competition.RoundDraft;
import org.gonghui.competition.SignUp;
import org.gonghui.competition.TieBreaker;
import org.gonghui.member.MemberStatus;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.Role;

/**
 * Five contests, through the contest facade: the Kunming-style CPR and AED contest (31
 * medical staff, a judges' CPR sheet plus a knowledge quiz, 6 prizes in 3 classes) and
 * the Qingdao Shinan-style bartender (调饮师) contest (185 sign-ups, preliminary = online
 * vote 30% + experts 70%, 20 to the final, 1/2/3 prizes, first prize to the craftsman
 * pool), both completed; a delivery-rider contest open for sign-up; a cooks' contest
 * whose preliminary has its online vote open and the demo {@code judge} still to score; a
 * team contest (teams of three) open for sign-up with two nominated teams. The demo
 * {@code judge} account is the chief judge throughout.
 */
@Component
@Order(80)
class CompetitionDemo implements DemoSection {

	private static final Logger log = LoggerFactory.getLogger(CompetitionDemo.class);

	static final List<Criterion> CPR_SHEET = List.of(new Criterion("C1", "评估环境安全", 5), new Criterion("C2", "判断意识", 5),
			new Criterion("C3", "检查颈动脉搏动和呼吸", 10), new Criterion("C4", "呼救并取AED", 5), new Criterion("C5", "按压部位", 15),
			new Criterion("C6", "按压深度", 15), new Criterion("C7", "按压频率", 15), new Criterion("C8", "开放气道与人工呼吸", 10),
			new Criterion("C9", "AED使用", 15), new Criterion("C10", "整体评价", 5));

	static final List<Criterion> BARTENDER_SHEET = List.of(new Criterion("C1", "出品口感", 40),
			new Criterion("C2", "创意与主题", 20), new Criterion("C3", "外观与装饰", 20), new Criterion("C4", "操作规范与卫生", 20));

	private static final int TEAM_SIZE = 3;

	private final Contests contests;

	private final OrgDirectory orgs;

	private final Accounts accounts;

	CompetitionDemo(Contests contests, OrgDirectory orgs, Accounts accounts) {
		this.contests = contests;
		this.orgs = orgs;
		this.accounts = accounts;
	}

	@Override
	public void load(DemoContext context) {
		OrgSummary root = this.orgs.root();
		DataScope system = new DataScope(root.id(), root.path());
		DemoCity city = context.city();
		DemoOrganisation cityFederation = city.organisations()
			.stream()
			.filter((org) -> org.type() == OrgType.CITY_FEDERATION)
			.findFirst()
			.orElseThrow();
		String countyKey = city.accounts()
			.stream()
			.filter((account) -> account.username().equals("county"))
			.findFirst()
			.map(DemoAccount::orgKey)
			.orElseThrow();
		DemoOrganisation county = city.organisation(countyKey).orElseThrow();
		Random random = context.random();
		List<Judge> judges = judges(context);

		cpr(context, system, cityFederation, judges, random);
		bartender(context, system, county, judges, random);
		cooks(context, system, county, judges, random);
		riders(context, system, county, random);
		// a random of its own: the sections after this one draw from the shared one
		teams(context, system, county, new Random(DemoDataLoader.SEED + 80));
	}

	/** The demo judge, chief, plus four more judge accounts (demo1234). */
	private List<Judge> judges(DemoContext context) {
		List<Judge> judges = new ArrayList<>();
		long chief = context.accountId("judge");
		judges.add(new Judge(chief, "judge", "孙建华"));
		String[] names = { "刘海燕", "陈国强", "杨晓梅", "黄志明" };
		for (int i = 0; i < names.length; i++) {
			String username = "judge" + (i + 2);
			long id = this.accounts.exists(username) ? this.accounts.findByUsername(username).orElseThrow().id()
					: this.accounts.create(username, "demo1234", names[i], Role.JUDGE, null);
			judges.add(new Judge(id, username, names[i]));
		}
		return judges;
	}

	private void cpr(DemoContext context, DataScope system, DemoOrganisation organiser, List<Judge> judges,
			Random random) {
		List<DemoMember> medics = membersUnder(context.city(), organiser.key(), Set.of("护士", "内科医师"), 31, random);
		long contest = this.contests.create(system,
				new ContestDraft(organiser.name().replace("总工会", "") + "医务职工心肺复苏及AED使用技能竞赛",
						context.orgId(organiser.key()), ContestLevel.CITY, "医务人员（护士、内科医师）", EntryKind.INDIVIDUAL,
						"按照昆明市医务职工CPR及AED技能竞赛的方式举办：评委按评分表逐项评分（占70%），另有急救知识笔试（占30%）。", LocalDate.of(2023, 8, 1),
						LocalDate.of(2023, 8, 20), LocalDate.of(2023, 9, 8), Set.of("护士", "内科医师"), null, null, null,
						List.of(new PrizeDraft("一等奖", 1, true), new PrizeDraft("二等奖", 2, false),
								new PrizeDraft("三等奖", 3, false)),
						false));
		long round = this.contests.addRound(system, contest,
				new RoundDraft("决赛", 0, 70, 30, 0, CPR_SHEET, BigDecimal.valueOf(100), 5,
						List.of(TieBreaker.HIGHER_JUDGES, TieBreaker.HIGHER_OBJECTIVE_SCORE), null));
		Map<Long, Double> skill = enterAll(system, contest, medics, random, null);
		// one judge works at the hospital of the first entrant: barred from scoring them
		Long conflicted = context.orgId(medics.get(0).orgKey());
		assign(system, round, judges, conflicted);
		this.contests.openRound(system, round, null);
		scoreAll(round, judges, skill, CPR_SHEET, random, conflicted, medics, context);
		skill.forEach((entry, level) -> this.contests.recordObjective(system, round, entry,
				BigDecimal.valueOf(Math.round(100 * clamp(level + random.nextGaussian() * 0.06))), null));
		this.contests.closeRound(system, round);
		this.contests.publish(chief(judges), round);
	}

	private void bartender(DemoContext context, DataScope system, DemoOrganisation organiser, List<Judge> judges,
			Random random) {
		List<DemoMember> entrants = membersUnder(context.city(), organiser.key(), Set.of(), 185, random);
		String district = organiser.name().replace("总工会", "");
		long contest = this.contests.create(system,
				new ContestDraft("“" + district + "工匠”调饮师职业技能竞赛", context.orgId(organiser.key()), ContestLevel.COUNTY,
						"调饮师", EntryKind.INDIVIDUAL,
						"按照青岛市市南区调饮师大赛的方式举办：初赛为网络投票（30%）与专家评审（70%），前20名进入决赛；一等奖推荐进入“" + district + "工匠”人才库。",
						LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 26), Set.of(), 18,
						60, null, List.of(new PrizeDraft("一等奖", 1, true), new PrizeDraft("二等奖", 2, false),
								new PrizeDraft("三等奖", 3, false)),
						false));
		long preliminary = this.contests.addRound(system, contest, new RoundDraft("初赛", 30, 70, 0, 0, BARTENDER_SHEET,
				null, 5, List.of(TieBreaker.HIGHER_JUDGES, TieBreaker.HIGHER_ONLINE_VOTE), 20));
		long fin = this.contests.addRound(system, contest, new RoundDraft("决赛", 0, 100, 0, 0, BARTENDER_SHEET, null, 5,
				List.of(TieBreaker.HIGHER_JUDGES, TieBreaker.EARLIER_SIGN_UP), null));
		Map<Long, Double> skill = enterAll(system, contest, entrants, random, "自创饮品：");
		assign(system, preliminary, judges, null);
		assign(system, fin, judges, null);
		// the public vote ran before this platform: its final counts are the component's
		// raw scores
		this.contests.openRound(system, preliminary, null);
		Map<Long, Long> votes = new LinkedHashMap<>();
		skill.forEach((entry, level) -> votes.put(entry,
				Math.round(200 + 3000 * clamp(level + random.nextGaussian() * 0.15))));
		this.contests.recordVoteCounts(system, preliminary, votes);
		scoreAll(preliminary, judges, skill, BARTENDER_SHEET, random, null, entrants, context);
		this.contests.closeRound(system, preliminary);
		this.contests.publish(chief(judges), preliminary);
		this.contests.openRound(system, fin, null);
		scoreAll(fin, judges, skill, BARTENDER_SHEET, random, null, entrants, context);
		this.contests.closeRound(system, fin);
		this.contests.publish(chief(judges), fin);
	}

	private void cooks(DemoContext context, DataScope system, DemoOrganisation organiser, List<Judge> judges,
			Random random) {
		List<DemoMember> cooks = membersUnder(context.city(), organiser.key(), Set.of(), 24, random);
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		long contest = this.contests.create(system,
				new ContestDraft(organiser.name().replace("总工会", "") + "职工“家常菜”厨艺大赛", context.orgId(organiser.key()),
						ContestLevel.COUNTY, "中式烹调师", EntryKind.INDIVIDUAL, "初赛：网络投票 40% + 评委评分 60%，前 8 名进入决赛。",
						today.minusDays(20), today.minusDays(5), today.plusDays(10), Set.of(), null, null, null,
						List.of(new PrizeDraft("一等奖", 1, false), new PrizeDraft("二等奖", 2, false),
								new PrizeDraft("三等奖", 3, false)),
						false));
		List<Criterion> sheet = List.of(new Criterion("C1", "色香味", 50), new Criterion("C2", "刀工火候", 30),
				new Criterion("C3", "卫生规范", 20));
		long preliminary = this.contests.addRound(system, contest,
				new RoundDraft("初赛", 40, 60, 0, 0, sheet, null, 5, List.of(TieBreaker.HIGHER_JUDGES), 8));
		this.contests.addRound(system, contest,
				new RoundDraft("决赛", 0, 100, 0, 0, sheet, null, 5, List.of(TieBreaker.HIGHER_JUDGES), null));
		Map<Long, Double> skill = enterAll(system, contest, cooks, random, "参赛菜品：");
		this.contests.assignJudge(system, preliminary, judges.get(0).accountId(), null, true);
		this.contests.assignJudge(system, preliminary, judges.get(1).accountId(), null, false);
		this.contests.openRound(system, preliminary, today.plusDays(7).atStartOfDay(BusinessTime.ZONE).toInstant());
		// the second judge has scored; the demo judge has not yet
		Judge second = judges.get(1);
		CurrentUser user = new CurrentUser(second.accountId(), second.username(), second.name(), Role.JUDGE, null);
		skill.forEach(
				(entry, level) -> this.contests.submitScores(user, preliminary, entry, points(sheet, level, random)));
	}

	private void riders(DemoContext context, DataScope system, DemoOrganisation organiser, Random random) {
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		List<DemoMember> riders = membersUnder(context.city(), organiser.key(), Set.of("网约配送员", "快递员"), 6, random);
		long contest = this.contests.create(system,
				new ContestDraft(organiser.name().replace("总工会", "") + "新就业形态劳动者（快递、外卖）技能竞赛",
						context.orgId(organiser.key()), ContestLevel.COUNTY, "网约配送员、快递员", EntryKind.INDIVIDUAL,
						"理论知识（30%）与实操计时（70%），欢迎快递员、外卖骑手报名。", today.minusDays(3), today.plusDays(20), today.plusDays(30),
						Set.of("网约配送员", "快递员"), 18, 55, null, List.of(new PrizeDraft("一等奖", 1, true),
								new PrizeDraft("二等奖", 2, false), new PrizeDraft("三等奖", 3, false)),
						true));
		this.contests.addRound(system, contest, new RoundDraft("决赛", 0, 0, 30, 70, List.of(), BigDecimal.valueOf(100),
				0, List.of(TieBreaker.HIGHER_OBJECTIVE_TIME), null));
		for (DemoMember rider : riders) {
			this.contests.nominate(system, contest, new SignUp(rider.name(), rider.idNumber(), null, null));
		}
		// the demo worker account is 赵小雨 (a courier in this county, linked by the
		// assistance section): she signs up as herself
		log.info("Demo contest sign-up: as 'worker' (linked to 赵小雨 {}), sign up for the open contest",
				AssistanceDemo.WORKER_ID_NUMBER);
	}

	/**
	 * A team contest open for sign-up, teams of three colleagues: two teams nominated,
	 * one accepted and one awaiting review.
	 */
	private void teams(DemoContext context, DataScope system, DemoOrganisation organiser, Random random) {
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		String district = organiser.name().replace("总工会", "");
		long contest = this.contests.create(system,
				new ContestDraft(district + "职工应急救援团体赛", context.orgId(organiser.key()), ContestLevel.COUNTY, "应急救援",
						EntryKind.TEAM, "每队 3 人（队长 1 人、队员 2 人），同一单位职工组队；比赛包括心肺复苏、止血包扎和伤员转运，按团队总用时与评分排名。",
						today.minusDays(2), today.plusDays(25), today.plusDays(40), Set.of(), null, null, null,
						List.of(new PrizeDraft("一等奖", 1, false), new PrizeDraft("二等奖", 1, false),
								new PrizeDraft("三等奖", 1, false)),
						false, TEAM_SIZE, TEAM_SIZE));
		this.contests.addRound(system, contest,
				new RoundDraft("决赛", 0, 60, 0, 40,
						List.of(new Criterion("C1", "操作规范", 60), new Criterion("C2", "团队配合", 40)), null, 0,
						List.of(TieBreaker.HIGHER_JUDGES, TieBreaker.EARLIER_SIGN_UP), null));
		List<List<DemoMember>> teams = workplaceTeams(context.city(), organiser.key(), 2, random);
		for (int i = 0; i < teams.size(); i++) {
			List<DemoMember> team = teams.get(i);
			DemoMember captain = team.get(0);
			List<SignUp.Teammate> teammates = team.subList(1, team.size())
				.stream()
				.map((member) -> new SignUp.Teammate(member.name(), member.idNumber()))
				.toList();
			String teamName = captain.employerName() + "应急救援队";
			long entry = this.contests.nominate(system, contest,
					new SignUp(captain.name(), captain.idNumber(), teamName, null, teammates));
			if (i == 0) {
				this.contests.accept(system, entry);
			}
		}
	}

	/**
	 * {@code count} teams of three active members with the same employer each, from
	 * different employers under the organiser; the demo worker stays free to sign up
	 * herself.
	 */
	private static List<List<DemoMember>> workplaceTeams(DemoCity city, String orgKey, int count, Random random) {
		Map<String, List<DemoMember>> byEmployer = new LinkedHashMap<>();
		for (DemoMember member : membersUnder(city, orgKey, Set.of(), Integer.MAX_VALUE, random)) {
			if (!member.idNumber().equals(AssistanceDemo.WORKER_ID_NUMBER)) {
				byEmployer.computeIfAbsent(member.employerName(), (key) -> new ArrayList<>()).add(member);
			}
		}
		List<List<DemoMember>> teams = new ArrayList<>();
		for (List<DemoMember> members : byEmployer.values()) {
			if (members.size() >= TEAM_SIZE && teams.size() < count) {
				teams.add(List.copyOf(members.subList(0, TEAM_SIZE)));
			}
		}
		return teams;
	}

	/** Nominates and accepts each; returns entry id → a hidden skill level 0..1. */
	private Map<Long, Double> enterAll(DataScope system, long contest, List<DemoMember> members, Random random,
			String describe) {
		Map<Long, Double> skill = new LinkedHashMap<>();
		String[] drinks = { "青岛啤酒风味特调", "海盐柠檬气泡饮", "崂山绿茶拿铁", "樱桃乌龙冷萃", "蜜桃椰乳", "桂花酒酿奶茶" };
		for (DemoMember member : members) {
			String description = describe == null ? null : describe + drinks[random.nextInt(drinks.length)];
			long entry = this.contests.nominate(system, contest,
					new SignUp(member.name(), member.idNumber(), null, description));
			this.contests.accept(system, entry);
			skill.put(entry, 0.6 + 0.35 * random.nextDouble());
		}
		return skill;
	}

	private void assign(DataScope system, long round, List<Judge> judges, Long conflictedEmployer) {
		for (int i = 0; i < judges.size(); i++) {
			this.contests.assignJudge(system, round, judges.get(i).accountId(),
					i == judges.size() - 1 ? conflictedEmployer : null, i == 0);
		}
	}

	private void scoreAll(long round, List<Judge> judges, Map<Long, Double> skill, List<Criterion> sheet, Random random,
			Long conflictedEmployer, List<DemoMember> members, DemoContext context) {
		Set<Long> barred = new HashSet<>();
		Set<Long> notInRound = new HashSet<>();
		if (conflictedEmployer != null) {
			List<Long> entries = new ArrayList<>(skill.keySet());
			for (int i = 0; i < members.size(); i++) {
				if (context.orgId(members.get(i).orgKey()) == conflictedEmployer) {
					barred.add(entries.get(i));
				}
			}
		}
		for (int j = 0; j < judges.size(); j++) {
			Judge judge = judges.get(j);
			CurrentUser user = new CurrentUser(judge.accountId(), judge.username(), judge.name(), Role.JUDGE, null);
			boolean last = j == judges.size() - 1;
			for (var entry : skill.entrySet()) {
				if ((last && barred.contains(entry.getKey())) || notInRound.contains(entry.getKey())) {
					continue;
				}
				try {
					this.contests.submitScores(user, round, entry.getKey(), points(sheet, entry.getValue(), random));
				}
				catch (org.gonghui.shared.web.GonghuiException ex) {
					// did not advance to this round
					notInRound.add(entry.getKey());
				}
			}
		}
	}

	private static Map<String, BigDecimal> points(List<Criterion> sheet, double level, Random random) {
		Map<String, BigDecimal> points = new HashMap<>();
		for (Criterion criterion : sheet) {
			double value = criterion.maxPoints() * clamp(level + random.nextGaussian() * 0.05);
			points.put(criterion.code(),
					BigDecimal.valueOf(Math.round(value * 2) / 2.0).setScale(1, RoundingMode.HALF_UP));
		}
		return points;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	private static CurrentUser chief(List<Judge> judges) {
		Judge chief = judges.get(0);
		return new CurrentUser(chief.accountId(), chief.username(), chief.name(), Role.JUDGE, null);
	}

	/**
	 * Up to {@code count} active members under an organisation, in the given occupations
	 * (any if empty), in a seeded order.
	 */
	private static List<DemoMember> membersUnder(DemoCity city, String orgKey, Set<String> occupations, int count,
			Random random) {
		Map<String, String> parents = new HashMap<>();
		city.organisations().forEach((org) -> parents.put(org.key(), org.parentKey()));
		List<DemoMember> found = new ArrayList<>();
		for (DemoMember member : city.members()) {
			if (member.status() != MemberStatus.ACTIVE) {
				continue;
			}
			if (!occupations.isEmpty() && !occupations.contains(member.occupation().name())) {
				continue;
			}
			if (!under(parents, member.orgKey(), orgKey)) {
				continue;
			}
			found.add(member);
		}
		java.util.Collections.shuffle(found, random);
		return found.subList(0, Math.min(count, found.size()));
	}

	private static boolean under(Map<String, String> parents, String key, String ancestor) {
		String current = key;
		while (current != null) {
			if (current.equals(ancestor)) {
				return true;
			}
			current = parents.get(current);
		}
		return false;
	}

	record Judge(long accountId, String username, String name) {
	}

}
