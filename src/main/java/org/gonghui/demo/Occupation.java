package org.gonghui.demo;

/**
 * The demo's small slice of the 2022 national occupation classification (职业分类大典). 网约配送员
 * 4-02-07-10 is checked against its national skill standard (2021) and 电工 6-31-01-03
 * against its own; the other codes follow the 2015/2022 layout from memory and should be
 * checked before they appear in an official report.
 */
enum Occupation {

	ELECTRICIAN("6-31-01-03", "电工", false, 95, SkillProfile.TRADE),
	WELDER("6-18-02-04", "焊工", false, 90, SkillProfile.TRADE),
	LATHE_OPERATOR("6-18-01-01", "车工", false, 85, SkillProfile.TRADE),
	MILLING_OPERATOR("6-18-01-02", "铣工", false, 85, SkillProfile.TRADE),
	VEHICLE_MECHANIC("4-12-01-01", "汽车维修工", false, 92, SkillProfile.TRADE),
	BRICKLAYER("6-29-01-01", "砌筑工", false, 92, SkillProfile.TRADE),
	REBAR_WORKER("6-29-01-03", "钢筋工", false, 95, SkillProfile.TRADE),
	COOK("4-03-02-01", "中式烹调师", false, 70, SkillProfile.TRADE),
	WAREHOUSE_KEEPER("4-02-06-01", "仓储管理员", false, 55, SkillProfile.SERVICE),
	LOADER("4-02-05-01", "装卸搬运工", false, 90, SkillProfile.SERVICE),
	COURIER("4-02-07-08", "快递员", true, 88, SkillProfile.SERVICE),
	DELIVERY_RIDER("4-02-07-10", "网约配送员", true, 90, SkillProfile.SERVICE),
	RIDE_HAILING_DRIVER("4-02-02-01", "网约车司机", true, 93, SkillProfile.SERVICE),
	TRUCK_DRIVER("4-02-02-02", "道路货运汽车驾驶员", true, 96, SkillProfile.SERVICE),
	SHOP_ASSISTANT("4-01-02-01", "营业员", false, 30, SkillProfile.SERVICE),
	CASHIER("4-01-02-02", "收银员", false, 20, SkillProfile.SERVICE),
	SECURITY_GUARD("4-07-05-01", "保安员", false, 90, SkillProfile.SERVICE),
	CLEANER("4-09-08-01", "保洁员", false, 30, SkillProfile.SERVICE),
	PROPERTY_MANAGER("4-06-01-01", "物业管理员", false, 45, SkillProfile.SERVICE),
	CARE_WORKER("4-10-01-05", "养老护理员", false, 15, SkillProfile.SERVICE),
	TEACHER("2-08-03-01", "教师", false, 30, SkillProfile.PROFESSIONAL),
	NURSE("2-05-08-01", "护士", false, 5, SkillProfile.PROFESSIONAL),
	PHYSICIAN("2-05-01-01", "内科医师", false, 55, SkillProfile.PROFESSIONAL),
	ACCOUNTANT("2-06-03-00", "会计", false, 25, SkillProfile.PROFESSIONAL),
	SOCIAL_WORKER("2-07-09-01", "社会工作者", false, 35, SkillProfile.PROFESSIONAL),
	CLERK("3-01-01-00", "行政办事员", false, 50, SkillProfile.NONE);

	private final DemoOccupation demo;

	private final int malePercent;

	private final SkillProfile skills;

	Occupation(String code, String name, boolean newEmploymentForm, int malePercent, SkillProfile skills) {
		this.demo = new DemoOccupation(code, name, newEmploymentForm);
		this.malePercent = malePercent;
		this.skills = skills;
	}

	DemoOccupation demo() {
		return this.demo;
	}

	int malePercent() {
		return this.malePercent;
	}

	SkillProfile skills() {
		return this.skills;
	}

	/** Gig workers are mostly young: riders and drivers born before 1978 are rare. */
	int earliestBirthYear() {
		return this.demo.newEmploymentForm() ? 1978 : 1965;
	}

}
