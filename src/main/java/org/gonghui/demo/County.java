package org.gonghui.demo;

/** A county-level region of the demo city (区, 县 or county-level 市). */
record County(String code, String name) {

	boolean isDistrict() {
		return this.name.endsWith("区");
	}

	boolean isCountyLevelCity() {
		return this.name.endsWith("市");
	}

	/**
	 * Urban districts hold most employers, county-level cities fewer, rural counties
	 * fewest.
	 */
	int employerWeight() {
		return isDistrict() ? 6 : isCountyLevelCity() ? 4 : 3;
	}

}
