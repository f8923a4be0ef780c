package org.gonghui.demo;

import java.util.Map;
import java.util.Random;

/**
 * What a demo section may build on: the generated city, the database ids of its
 * organisations (by the generator's keys) and of the demo accounts (by username), and a
 * random source seeded from the demo seed so every load is the same.
 */
record DemoContext(DemoCity city, Map<String, Long> orgIds, Map<String, Long> accountIds, Random random) {

	long orgId(String key) {
		Long id = this.orgIds.get(key);
		if (id == null) {
			throw new IllegalArgumentException("No demo organisation " + key);
		}
		return id;
	}

	long accountId(String username) {
		Long id = this.accountIds.get(username);
		if (id == null) {
			throw new IllegalArgumentException("No demo account " + username);
		}
		return id;
	}

}
