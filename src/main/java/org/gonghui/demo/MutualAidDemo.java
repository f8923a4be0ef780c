package org.gonghui.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gonghui.member.MemberDirectory;
import org.gonghui.member.MemberDraft;
import org.gonghui.member.MemberStatus;
import org.gonghui.member.MemberSummary;
import org.gonghui.mutualaid.CoveredDisease;
import org.gonghui.mutualaid.DiseaseList;
import org.gonghui.mutualaid.Invoice;
import org.gonghui.mutualaid.MutualAid;
import org.gonghui.mutualaid.NewClaim;
import org.gonghui.mutualaid.PlanKind;
import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.mutualaid.PlateauDiseases;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;

/**
 * Mutual aid in the demo city: four plans kept by the city federation with terms for last
 * year and this year, the officer's union and three more in the demo county enrolled, and
 * claims in every state. The demo {@code worker} account is 赵小雨, entered and linked by
 * the assistance section (or here if that did not run), so the worker sees cover and
 * claims.
 */
@Component
@Order(70)
class MutualAidDemo implements DemoSection {

	static final String WORKER_NAME = "赵小雨";

	private final MutualAid aid;

	private final MemberDirectory members;

	private final OrgDirectory orgs;

	MutualAidDemo(MutualAid aid, MemberDirectory members, OrgDirectory orgs) {
		this.aid = aid;
		this.members = members;
		this.orgs = orgs;
	}

	@Override
	public void load(DemoContext context) {
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		int year = today.getYear();
		long city = context.orgId(first(context, OrgType.CITY_FEDERATION).key());

		long inpatient = this.aid.createPlan(city, "在职职工住院医疗互助保障", PlanKind.INPATIENT_MEDICAL,
				"住院医疗费用经基本医疗保险报销后的个人自付部分，超过免赔额的按比例给付。");
		PlanTerms inpatientTerms = PlanTerms.withDefaults(Money.ofYuan(55), Money.ofYuan(500), Ratio.percent(60),
				Money.ofYuan(10_000));
		long serious = this.aid.createPlan(city, "重大疾病互助保障", PlanKind.SERIOUS_ILLNESS, "确诊目录内重大疾病的，按自付费用给付。");
		PlanTerms seriousTerms = PlanTerms
			.withDefaults(Money.ofYuan(30), Money.ZERO, Ratio.percent(80), Money.ofYuan(50_000))
			.restrictedTo(new DiseaseList("重大疾病目录（示例）",
					List.of(new CoveredDisease("C34", "肺恶性肿瘤"), new CoveredDisease("I21", "急性心肌梗死"),
							new CoveredDisease("I63", "脑梗死"), new CoveredDisease("N18.5", "慢性肾脏病5期"))));
		long accident = this.aid.createPlan(city, "意外伤害互助保障", PlanKind.ACCIDENTAL_INJURY, "因意外伤害发生的医疗费用。");
		PlanTerms accidentTerms = PlanTerms
			.withDefaults(Money.ofYuan(20), Money.ofYuan(100), Ratio.percent(80), Money.ofYuan(20_000))
			.withWaitingPeriod(0, 0, Ratio.ONE);
		long plateau = this.aid.createPlan(city, "高原性特殊疾病互助保障", PlanKind.SPECIAL_DISEASE,
				"病种目录为可配置数据；官方13种目录未取得，此处为示例病种。");
		PlanTerms plateauTerms = PlanTerms
			.withDefaults(Money.ofYuan(40), Money.ofYuan(200), Ratio.percent(70), Money.ofYuan(30_000))
			.restrictedTo(PlateauDiseases.EXAMPLES);
		for (int y : new int[] { year - 1, year }) {
			this.aid.setTerms(inpatient, y, inpatientTerms);
			this.aid.setTerms(serious, y, seriousTerms);
			this.aid.setTerms(accident, y, accidentTerms);
			this.aid.setTerms(plateau, y, plateauTerms);
		}

		String officerUnionKey = context.city()
			.accounts()
			.stream()
			.filter(a -> a.username().equals("officer"))
			.findFirst()
			.orElseThrow()
			.orgKey();
		OrgSummary officerUnion = this.orgs.find(context.orgId(officerUnionKey)).orElseThrow();
		MemberSummary worker = enterWorker(context, officerUnion, today);
		AssistanceDemo.linkWorker(context, this.members, worker.id());

		List<OrgSummary> unions = new ArrayList<>();
		unions.add(officerUnion);
		context.city()
			.grassrootsUnions()
			.stream()
			.filter(u -> !u.key().equals(officerUnionKey))
			.map(u -> this.orgs.find(context.orgId(u.key())).orElseThrow())
			.filter(u -> u.path().startsWith(parentPath(officerUnion)))
			.limit(3)
			.forEach(unions::add);
		// the last union joined the in-patient plan only this year: its members wait 30
		// days
		OrgSummary newcomer = unions.get(unions.size() - 1);
		for (OrgSummary union : unions) {
			if (union != newcomer) {
				this.aid.enrolRoster(inpatient, year - 1, union.id());
			}
			this.aid.enrolRoster(inpatient, year, union.id());
			this.aid.enrolRoster(accident, year, union.id());
		}
		this.aid.enrolRoster(serious, year, officerUnion.id());
		this.aid.enrolRoster(plateau, year, officerUnion.id());

		// the worker: one paid (the 6,900-yuan worked example), one open claim
		long paid = claim(worker, inpatient, clamp(LocalDate.of(year, 3, 10), today), "K80.0", "胆囊结石伴急性胆囊炎", 15_000,
				12_000);
		this.aid.approve(paid);
		this.aid.pay(paid, "HZ-PAY-" + year + "-0001");
		claim(worker, inpatient, today.minusDays(6), "J18.9", "社区获得性肺炎", 6_800, 3_200);
		long plateauPaid = claim(worker, plateau, clamp(LocalDate.of(year, 7, 2), today), "HA-HAPE", "高原肺水肿", 9_000,
				5_400);
		this.aid.approve(plateauPaid);
		this.aid.pay(plateauPaid, "HZ-PAY-" + year + "-0002");

		List<MemberSummary> others = this.members.activeWithin(officerUnion.path(), 6)
			.stream()
			.filter(m -> m.id() != worker.id())
			.toList();
		if (others.size() >= 3) {
			long approved = claim(others.get(0), accident, today.minusDays(20), "S82.2", "胫骨干骨折", 8_000, 4_600);
			this.aid.approve(approved);
			long outsideList = claim(others.get(1), plateau, today.minusDays(40), "J45", "支气管哮喘", 2_000, 1_500);
			this.aid.reject(outsideList, "诊断不在高原性特殊疾病目录内，不予赔付。");
			claim(others.get(2), inpatient, today.minusDays(3), "I10", "原发性高血压", 4_200, 2_600);
		}
		List<MemberSummary> newcomers = this.members.activeWithin(newcomer.path(), 1);
		if (!newcomers.isEmpty() && newcomer.id() != officerUnion.id()) {
			long waiting = claim(newcomers.get(0), inpatient, clamp(LocalDate.of(year, 1, 15), today), "I21", "急性心肌梗死",
					60_000, 30_000);
			this.aid.reject(waiting, "事故发生在新参保 30 天观察期内，按计划条款不予赔付。");
		}
	}

	private long claim(MemberSummary member, long plan, LocalDate event, String code, String diagnosis,
			long invoiceYuan, long selfPaidYuan) {
		return this.aid.fileClaim(new NewClaim(member.id(), plan, event, code, diagnosis,
				List.of(new Invoice("FP" + event.toString().replace("-", "") + member.id(), Money.ofYuan(invoiceYuan),
						Money.ofYuan(selfPaidYuan)))));
	}

	private MemberSummary enterWorker(DemoContext context, OrgSummary union, LocalDate today) {
		// one 赵小雨 across the demo: the assistance section (run before) already entered
		// her
		var existing = this.members.findByIdNumber(AssistanceDemo.WORKER_ID_NUMBER);
		if (existing.isPresent()) {
			return existing.get();
		}
		SplittableRandom random = new SplittableRandom(DemoDataLoader.SEED + 7);
		Identifiers identifiers = new Identifiers();
		for (int attempt = 0; attempt < 20; attempt++) {
			String idNumber = identifiers.idNumber(random, union.regionCode(), LocalDate.of(1994, 5, 18), false);
			if (this.members.findByIdNumber(idNumber).isEmpty()) {
				this.members.enterAll(List.of(new MemberDraft(WORKER_NAME, idNumber, identifiers.mobile(random),
						union.id(), union.employer() == null ? null : union.employer().name(), today.minusYears(3),
						MemberStatus.ACTIVE, "仓储管理员", null, false)));
				return this.members.findByIdNumber(idNumber).orElseThrow();
			}
		}
		throw new IllegalStateException("no free ID number for the demo worker");
	}

	private static String parentPath(OrgSummary org) {
		return org.path().substring(0, org.path().lastIndexOf('.') + 1);
	}

	private static LocalDate clamp(LocalDate day, LocalDate today) {
		return day.isAfter(today) ? today : day;
	}

	private static DemoOrganisation first(DemoContext context, OrgType type) {
		return context.city().organisations().stream().filter(o -> o.type() == type).findFirst().orElseThrow();
	}

}
