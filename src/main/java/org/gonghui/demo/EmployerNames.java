package org.gonghui.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plausible, fictional employer names. The trade names (字号) avoid well-known brands and
 * the big real groups of the region; school, hospital and street names use generic place
 * words.
 */
final class EmployerNames {

	private static final List<String> TRADE_NAMES = List.of("汉江", "汉水", "岘山", "鹿门", "檀溪", "鼎盛", "华隆", "恒通", "宏远", "金鹏",
			"瑞丰", "安泰", "众诚", "荆楚", "楚都", "博远", "天润", "康达", "永兴", "万和", "鑫源", "利民", "嘉禾", "振华", "华通", "凯瑞", "明泰", "富源",
			"德胜", "同创", "润泽", "盛达", "广源", "宏昌", "锦程", "通达", "和顺", "顺达", "恒昌", "兴隆", "万通", "金诚", "瑞祥", "宏达", "远航", "恒达",
			"长丰", "聚源", "东升", "华信", "正通", "佳禾", "福瑞", "永泰", "恒润", "三和", "奥创", "立信", "鸿运", "新越");

	private static final List<String> PLACE_WORDS = List.of("清河", "檀溪", "柳湾", "杨林", "石桥", "白水", "青山", "春园", "朝阳", "和平",
			"前进", "团结", "建设", "胜利", "花园", "桃园", "梨园", "枫林", "竹林", "松鹤", "长安", "平安", "新民", "兴华", "西湖", "南湖", "北桥", "月湾",
			"凤凰", "龙潭", "马鞍", "黄龙", "双桥", "金山", "玉泉", "丰乐", "东湖", "柏林");

	private static final List<String> LEGAL_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司");

	private final String cityName;

	private final String cityShortName;

	private final Set<String> used = new HashSet<>();

	EmployerNames(String cityName) {
		this.cityName = cityName;
		this.cityShortName = cityName.endsWith("市") ? cityName.substring(0, cityName.length() - 1) : cityName;
	}

	/**
	 * A name not handed out before; {@code cityLevel} for employers under the city's
	 * industry unions.
	 */
	String next(SplittableRandom random, Sector sector, County county, boolean cityLevel) {
		for (int attempt = 0; attempt < 1000; attempt++) {
			String name = draw(random, sector, county, cityLevel);
			if (this.used.add(name)) {
				return name;
			}
		}
		throw new IllegalStateException("Ran out of employer names for " + sector);
	}

	private String draw(SplittableRandom random, Sector sector, County county, boolean cityLevel) {
		String trade = Pick.one(random, TRADE_NAMES);
		String place = Pick.one(random, PLACE_WORDS);
		return switch (sector) {
			case MANUFACTURING -> company(random, county, trade, "精密机械", "机械制造", "汽车零部件", "轴承", "电力设备", "新材料", "纺织",
					"化工", "电子科技", "包装材料", "铸造", "液压设备", "模具", "电机");
			case LOGISTICS -> company(random, county, trade, "物流", "运输", "供应链管理", "快递服务");
			case DELIVERY_PLATFORM -> company(random, county, trade, "即时配送服务", "同城配送");
			case RIDE_HAILING -> company(random, county, trade, "出行服务", "网约车服务");
			case CONSTRUCTION -> company(random, county, trade, "建筑工程", "建设工程", "路桥工程", "建筑劳务");
			case RETAIL -> company(random, county, trade, "商贸", "百货", "超市连锁", "商业");
			case FOOD -> company(random, county, trade, "食品", "粮油", "餐饮管理", "农产品加工");
			case PROPERTY -> company(random, county, trade, "物业服务", "保安服务", "家政服务");
			case ELDERLY_CARE -> company(random, county, trade, "养老服务", "康养服务");
			case SCHOOL -> cityLevel ? this.cityName + place + Pick.one(random, List.of("中学", "小学", "职业技术学校"))
					: county.name() + place + Pick.one(random, List.of("小学", "初级中学", "中学"));
			case HOSPITAL -> cityLevel ? this.cityShortName + trade + Pick.one(random, List.of("医院", "康复医院", "中西医结合医院"))
					: county.name() + place + (county.isDistrict() ? "社区卫生服务中心" : "镇卫生院");
			case GOVERNMENT -> county.name() + place + (county.isDistrict() ? "街道办事处" : "镇人民政府");
			case SOCIAL_ORGANISATION -> county.name() + Pick.one(random,
					List.of("物流行业协会", "个体劳动者协会", "建筑业协会", "餐饮行业协会", "家政服务业协会", "电子商务协会", "汽车零部件行业协会", "快递行业协会"));
		};
	}

	private String company(SplittableRandom random, County county, String trade, String... industries) {
		String place = county.isDistrict()
				? (Pick.percent(random, 70) ? this.cityShortName : this.cityName + county.name()) : county.name();
		return place + trade + industries[random.nextInt(industries.length)] + Pick.one(random, LEGAL_FORMS);
	}

}
