package org.gonghui.demo;

import org.gonghui.org.Ownership;

/**
 * An employer in the demo city; {@code creditCode} is a valid but fictional GB 32100-2015
 * code, {@code regionCode} the county it is registered in.
 */
public record DemoEnterprise(String key, String name, String creditCode, Ownership ownership, int headcount,
		String regionCode) {
}
