package org.gonghui.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gonghui.account.Accounts;
import org.gonghui.gig.GigMarket;
import org.gonghui.gig.GigPostDraft;
import org.gonghui.gig.JobFairDraft;
import org.gonghui.gig.MinimumWage;
import org.gonghui.gig.PayUnit;
import org.gonghui.gig.PolicyArticleDraft;
import org.gonghui.gig.WorkerProfileDraft;
import org.gonghui.member.SkillLevel;
import org.gonghui.org.OrgType;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.Role;

/**
 * The gig market of the demo city: minimum wages for 湖北 and 襄阳, a few hundred posts
 * across the nine counties (plumbing among them), employers (the demo {@code employer}
 * and others bound to enterprise unions, plus individuals), job seekers who applied to
 * the demo employer's posts and rated past gigs, the demo {@code worker}'s profile, a job
 * fair and the policy corner. Dates are relative to today so the market is live whenever
 * the demo starts.
 */
@Component
@Order(100)
class GigDemo implements DemoSection {

	static final int POSTS = 320;

	private final GigMarket market;

	private final Accounts accounts;

	GigDemo(GigMarket market, Accounts accounts) {
		this.market = market;
		this.accounts = accounts;
	}

	/** A county's centre (WGS-84), spread in km, and streets for addresses. */
	record Place(String code, String name, double lat, double lon, double spreadKm, List<String> streets) {
	}

	static final List<Place> PLACES = List.of(
			new Place("420602", "襄城区", 32.0105, 112.1342, 2.5, List.of("檀溪路", "荆州街", "南街", "环城南路", "隆中路", "卧龙大道")),
			new Place("420606", "樊城区", 32.0445, 112.1350, 3, List.of("人民路", "长虹路", "春园路", "前进路", "中原路", "解放路")),
			new Place("420607", "襄州区", 32.0872, 112.2115, 3, List.of("航空路", "伙牌大道", "东津大道", "襄州大道")),
			new Place("420624", "南漳县", 31.7747, 111.8386, 2, List.of("水镜大道", "金河路", "城关镇人民路")),
			new Place("420625", "谷城县", 32.2630, 111.6530, 2, List.of("县府街", "城关镇胜利路", "谷伯路")),
			new Place("420626", "保康县", 31.8783, 111.2618, 1.5, List.of("光千路", "城关镇清溪路")),
			new Place("420682", "老河口市", 32.3590, 111.6830, 2, List.of("胜利路", "酂阳路", "光化大道")),
			new Place("420683", "枣阳市", 32.1290, 112.7720, 2.5, List.of("光武大道", "书院街", "中兴大道")),
			new Place("420684", "宜城市", 31.7195, 112.2577, 2, List.of("襄沙大道", "自忠路", "鄢城路")));

	/** A kind of gig: trade, titles, what the work is, how it pays (fen), and when. */
	record Kind(String trade, List<String> titles, String description, PayUnit unit, long minFen, long maxFen,
			@Nullable SkillLevel level, LocalTime start, LocalTime end) {
	}

	static final List<Kind> KINDS = List.of(
			new Kind("水暖工", List.of("招聘水暖维修工", "小区水暖管道维修", "卫生间漏水维修（水暖）", "水暖维修工日结"), "上门维修水管、水龙头、地漏和暖气片，更换阀门，需自带常用工具。",
					PayUnit.DAY, 22_000, 32_000, SkillLevel.LEVEL_5, LocalTime.of(8, 0), LocalTime.of(17, 0)),
			new Kind("电工", List.of("招聘持证电工", "厂房线路检修电工", "家装电工日结"), "线路排查、插座开关更换、配电箱检修，须持低压电工作业证。", PayUnit.DAY, 25_000,
					35_000, SkillLevel.LEVEL_4, LocalTime.of(8, 0), LocalTime.of(17, 30)),
			new Kind("保洁员", List.of("写字楼保洁", "开荒保洁日结", "家庭保洁小时工"), "办公区域和公共区域清洁，工具和清洁剂由雇主提供。", PayUnit.HOUR, 2_200,
					3_000, null, LocalTime.of(9, 0), LocalTime.of(13, 0)),
			new Kind("搬运工", List.of("仓库装卸搬运", "搬家搬运工", "建材卸车"), "货物装卸、搬运上楼，按时结算，身体健康能吃苦。", PayUnit.DAY, 20_000, 28_000,
					null, LocalTime.of(7, 30), LocalTime.of(16, 30)),
			new Kind("快递分拣员", List.of("快递分拣夜班", "电商仓分拣打包"), "按单分拣、扫码、打包，站立作业，提供工作餐。", PayUnit.HOUR, 2_200, 2_800, null,
					LocalTime.of(18, 0), LocalTime.of(23, 0)),
			new Kind("餐厅服务员", List.of("周末餐厅服务员", "宴席服务员", "火锅店传菜员"), "点菜、传菜、收台，周末及节假日用工。", PayUnit.HOUR, 2_100, 2_600,
					null, LocalTime.of(10, 30), LocalTime.of(14, 30)),
			new Kind("瓦工", List.of("贴砖瓦工", "卫生间防水瓦工"), "墙地砖铺贴、防水施工，按面积或按天结算。", PayUnit.DAY, 28_000, 38_000,
					SkillLevel.LEVEL_4, LocalTime.of(7, 30), LocalTime.of(17, 0)),
			new Kind("家政服务员", List.of("钟点工做饭保洁", "老人陪护钟点工"), "上门做饭、清洁、陪护，雇主提供交通补贴。", PayUnit.HOUR, 2_500, 3_500, null,
					LocalTime.of(8, 30), LocalTime.of(11, 30)),
			new Kind("绿化工", List.of("园林绿化养护", "小区草坪修剪"), "修剪、浇灌、除草，工具由雇主提供。", PayUnit.DAY, 18_000, 24_000, null,
					LocalTime.of(7, 0), LocalTime.of(15, 0)),
			new Kind("包装工", List.of("食品厂计件包装", "农产品分拣装箱"), "按件计酬，熟练工每小时可包装 60 件以上。", PayUnit.PIECE, 40, 60, null,
					LocalTime.of(8, 0), LocalTime.of(17, 0)));

	@Override
	public void load(DemoContext context) {
		Random random = new Random(context.random().nextLong());
		LocalDate today = LocalDate.now(BusinessTime.ZONE);
		// illustrative figures in the shape of 湖北's tiers: the province as a fallback,
		// 襄阳 with its own entries
		this.market.enterMinimumWage(new MinimumWage("420000", LocalDate.of(2021, 9, 1), 1_800, 168_000));
		this.market.enterMinimumWage(new MinimumWage("420600", LocalDate.of(2021, 9, 1), 1_950, 180_000));
		this.market.enterMinimumWage(new MinimumWage("420600", LocalDate.of(2025, 1, 1), 2_100, 195_000));

		long demoEmployer = context.accountId("employer");
		List<Long> employers = new ArrayList<>();
		List<String> employerNames = new ArrayList<>();
		int n = 0;
		for (DemoOrganisation union : context.city().grassrootsUnions()) {
			if (union.enterprise() == null || n >= 14) {
				continue;
			}
			n++;
			String username = String.format("gig-employer-%02d", n);
			employers.add(this.accounts.create(username, DemoCityGenerator.DEMO_PASSWORD,
					"招聘专员（" + union.enterprise().name() + "）", Role.EMPLOYER, context.orgId(union.key())));
			employerNames.add(union.enterprise().name());
		}
		String[] individuals = { "刘先生", "陈女士", "黄师傅", "杨女士" };
		for (int i = 0; i < individuals.length; i++) {
			employers.add(this.accounts.create("gig-person-" + (i + 1), DemoCityGenerator.DEMO_PASSWORD, individuals[i],
					Role.EMPLOYER, null));
		}

		for (int i = 0; i < POSTS; i++) {
			Kind kind = KINDS.get(i % KINDS.size());
			Place place = weightedPlace(random);
			long employer = employers.get(random.nextInt(employers.size()));
			this.market.post(employer, draft(kind, place, random, today.plusDays(1 + random.nextInt(14)), false));
		}
		// instant hires for tomorrow morning: they expire within hours
		for (int i = 0; i < 12; i++) {
			Kind kind = KINDS.get(random.nextInt(4));
			this.market.post(employers.get(random.nextInt(employers.size())),
					draft(kind, weightedPlace(random), random, today.plusDays(1), true));
		}

		// the demo employer: a plumbing post with applicants, an electrician post whose
		// offer
		// awaits the demo worker, and today's job already worked and rated
		Place xiangcheng = PLACES.get(0);
		long plumbing = this.market.post(demoEmployer,
				new GigPostDraft("招聘水暖维修工（小区物业）", "水暖工", "负责小区住户水管、暖气片和卫生间漏水维修，需自带扳手等常用工具，工作一天结一天。", "有两年以上水暖维修经验",
						SkillLevel.LEVEL_5, PayUnit.DAY, 28_000, null, "420602", "襄城区檀溪路 188 号 檀溪花园物业中心", 32.0121,
						112.1268, today.plusDays(2), LocalTime.of(8, 0), LocalTime.of(17, 0), 2, false, null, null));
		long electric = this.market.post(demoEmployer,
				draft(KINDS.get(1), xiangcheng, random, today.plusDays(3), false));
		long worked = this.market.post(demoEmployer,
				new GigPostDraft("仓库装卸搬运（今日）", "搬运工", "货物装卸，当日结清。", null, null, PayUnit.DAY, 24_000, null, "420602",
						"襄城区卧龙大道 56 号 物流园 3 号库", 32.0002, 112.1405, today, LocalTime.of(7, 30), LocalTime.of(16, 30), 3,
						false, null, null));

		String[][] seekers = { { "张建国", "水暖工", "LEVEL_3", "32.0150", "112.1300" },
				{ "李强", "水暖工", "LEVEL_5", "32.0460", "112.1500" }, { "王海峰", "电工", "LEVEL_4", "32.0090", "112.1400" },
				{ "刘德明", "水暖工", "", "32.0880", "112.2200" }, { "陈小军", "搬运工", "", "32.0010", "112.1410" },
				{ "周明", "瓦工", "LEVEL_4", "32.1300", "112.7700" } };
		List<Long> seekerIds = new ArrayList<>();
		for (int i = 0; i < seekers.length; i++) {
			String[] s = seekers[i];
			long id = this.accounts.create("gig-worker-" + (i + 1), DemoCityGenerator.DEMO_PASSWORD, s[0], Role.WORKER,
					null);
			seekerIds.add(id);
			this.market.saveProfile(id,
					new WorkerProfileDraft(s[0], null, List.of(s[1], "搬运工"), List.of(s[1] + "维修"),
							s[2].isEmpty() ? null : SkillLevel.valueOf(s[2]), List.of("420602", "420606"),
							Double.valueOf(s[3]), Double.valueOf(s[4]), Set.of(1, 2, 3, 4, 5, 6, 7), LocalTime.of(7, 0),
							i == 3 ? LocalTime.of(12, 0) : LocalTime.of(18, 0)));
		}
		// past gigs, rated by the employer: 张建国 well, 刘德明 less so
		for (int i = 0; i < seekerIds.size(); i++) {
			long application = this.market.apply(seekerIds.get(i), worked);
			if (i < 3) {
				this.market.offer(demoEmployer, application);
				this.market.accept(seekerIds.get(i), application);
				this.market.rate(demoEmployer, application, true, i == 0 ? 5 : 4, i == 0 ? "手艺好，准时" : "按时完成");
				this.market.rate(seekerIds.get(i), application, false, 5, "当天结清工资");
			}
		}
		for (int i : new int[] { 3, 1, 0 }) {
			this.market.apply(seekerIds.get(i), plumbing);
		}

		long worker = context.accountId("worker");
		this.market.saveProfile(worker,
				new WorkerProfileDraft("赵小雨", null, List.of("水暖工", "电工"), List.of("管道疏通", "水龙头更换", "电路检修"),
						SkillLevel.LEVEL_4, List.of("420602", "420606"), 32.0180, 112.1330, Set.of(1, 2, 3, 4, 5, 6),
						LocalTime.of(8, 0), LocalTime.of(18, 0)));
		long offered = this.market.apply(worker, electric);
		this.market.offer(demoEmployer, offered);

		loadFair(context, today, employerNames);
		loadPolicies(today);
	}

	private static Place weightedPlace(Random random) {
		// the urban districts have most of the work
		int roll = random.nextInt(100);
		if (roll < 30) {
			return PLACES.get(1);
		}
		if (roll < 52) {
			return PLACES.get(0);
		}
		if (roll < 68) {
			return PLACES.get(2);
		}
		return PLACES.get(3 + random.nextInt(PLACES.size() - 3));
	}

	private static GigPostDraft draft(Kind kind, Place place, Random random, LocalDate date, boolean instant) {
		// ~111 km per degree of latitude; longitude shrinks with cos(latitude)
		double lat = place.lat() + random.nextGaussian() * place.spreadKm() / 111.0;
		double lon = place.lon()
				+ random.nextGaussian() * place.spreadKm() / (111.0 * Math.cos(Math.toRadians(place.lat())));
		String title = kind.titles().get(random.nextInt(kind.titles().size()));
		long pay = kind.minFen() + (kind.maxFen() - kind.minFen() > 0
				? random.nextLong(kind.maxFen() - kind.minFen() + 1) / 100 * 100 : 0);
		if (kind.unit() == PayUnit.PIECE) {
			pay = kind.minFen() + random.nextInt((int) (kind.maxFen() - kind.minFen() + 1));
		}
		Long estimate = kind.unit() == PayUnit.PIECE ? pay * 60 : null;
		String street = place.streets().get(random.nextInt(place.streets().size()));
		return new GigPostDraft(instant ? "【急招】" + title : title, kind.trade(), kind.description(), null,
				random.nextInt(3) == 0 ? kind.level() : null, kind.unit(), pay, estimate, place.code(),
				place.name() + street + (10 + random.nextInt(390)) + " 号", round(lat), round(lon), date, kind.start(),
				kind.end(), 1 + random.nextInt(instant ? 3 : 6), instant, null, null);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000) / 1_000_000.0;
	}

	private void loadFair(DemoContext context, LocalDate today, List<String> employerNames) {
		long city = context.city()
			.organisations()
			.stream()
			.filter(org -> org.type() == OrgType.CITY_FEDERATION)
			.map(org -> context.orgId(org.key()))
			.findFirst()
			.orElseThrow();
		String[][] positions = { { "水暖维修工", "4", "日薪 260–320 元" }, { "普工", "20", "月薪 4000–5500 元" },
				{ "叉车司机", "3", "月薪 5000–6000 元" }, { "电工", "2", "月薪 5500–7000 元" }, { "仓库管理员", "2", "月薪 4500 元" },
				{ "保洁员", "6", "时薪 23 元" } };
		List<JobFairDraft.Position> list = new ArrayList<>();
		for (int e = 0; e < employerNames.size(); e++) {
			for (int p = 0; p < 3; p++) {
				String[] position = positions[(e + p) % positions.length];
				list.add(new JobFairDraft.Position(employerNames.get(e), position[0], Integer.parseInt(position[1]),
						position[2]));
			}
		}
		ZonedDateTime start = today.plusDays(7).atTime(9, 0).atZone(BusinessTime.ZONE);
		this.market.createFair(new JobFairDraft("襄阳市“春风行动”零工专场招聘会",
				"市总工会联合人社部门举办，现场提供岗位对接、技能培训报名、劳动维权咨询和入会服务。凭身份证免费入场。", "襄阳市工人文化宫一楼大厅（樊城区人民路 12 号）", null, "420606",
				start.toInstant(), start.plusHours(3).toInstant(), city, list));
		ZonedDateTime second = today.plusDays(14).atTime(9, 30).atZone(BusinessTime.ZONE);
		this.market.createFair(new JobFairDraft("襄州区零工市场周末招聘会", "20 余家企业现场招聘，涵盖制造、物流、家政、建筑等行业。", "襄州区零工市场（航空路 66 号）",
				null, "420607", second.toInstant(), second.plusHours(2).toInstant(), city, list.subList(0, 12)));
	}

	private void loadPolicies(LocalDate today) {
		String[][] articles = { { "《保障农民工工资支付条例》要点解读",
				"条例自 2020 年 5 月 1 日起施行。用人单位应当以货币形式按时足额支付农民工工资，不得以实物或者有价证券等形式替代。工程建设领域实行农民工工资专用账户和工资保证金制度。农民工被拖欠工资的，可以向人力资源社会保障部门投诉，也可以申请劳动争议调解仲裁或向人民法院起诉。",
				"国务院令第 724 号" },
				{ "非全日制用工和小时最低工资标准",
						"《劳动合同法》规定，非全日制用工以小时计酬为主，劳动者在同一用人单位一般平均每日工作时间不超过四小时，每周累计不超过二十四小时。非全日制用工小时计酬标准不得低于用人单位所在地人民政府规定的最低小时工资标准，劳动报酬结算支付周期最长不得超过十五日。",
						"劳动合同法第六十八条至第七十二条" },
				{ "零工市场求职登记和就业服务指南",
						"求职者可在零工市场登记工种、技能、可工作时间和求职地区，平台按工种、技能等级、距离和时间为雇主推荐人选。零工市场驿站提供免费岗位信息、技能培训报名、政策咨询和劳动维权服务。",
						"襄阳市总工会" },
				{ "新就业形态劳动者入会和权益保障", "快递员、外卖配送员、网约车驾驶员、货车司机等新就业形态劳动者可以就近加入工会，享受工会提供的法律援助、困难帮扶、互助保障和户外劳动者服务站点等服务。",
						"中华全国总工会" },
				{ "遭遇欠薪怎么办：工会法律援助流程", "在零工市场完成工作后未按约定拿到报酬的，可在“我的报名”中报告欠薪。工会收到报告后将联系雇主核实情况，必要时提供法律援助，协助申请劳动争议仲裁或支付令。",
						"襄阳市总工会法律援助中心" },
				{ "职业技能提升补贴申领指引", "取得职业资格证书或职业技能等级证书的劳动者，可按规定申领技能提升补贴。水暖工、电工、焊工等紧缺工种优先安排培训。", "湖北省人力资源和社会保障厅" } };
		for (int i = 0; i < articles.length; i++) {
			this.market.publishArticle(new PolicyArticleDraft(articles[i][0], articles[i][1], articles[i][2],
					today.minusDays(10L * i + 3)));
		}
	}

}
