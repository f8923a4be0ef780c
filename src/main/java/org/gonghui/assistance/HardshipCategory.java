package org.gonghui.assistance;

/** The file categories in use (深度困难 / 相对困难 / 意外致困), in order of severity. */
public enum HardshipCategory {

	DEEP, RELATIVE, ACCIDENT_INDUCED

}
