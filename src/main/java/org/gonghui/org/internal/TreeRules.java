package org.gonghui.org.internal;

import java.util.EnumSet;
import java.util.Set;

import org.gonghui.org.OrgType;

/**
 * Which kind of organisation may sit under which: the federation levels follow the
 * administrative hierarchy; industry and grassroots unions sit under any federation, and
 * grassroots unions also under industry unions (Trade Union Law Art 12: founding is
 * approved by the union one level up).
 */
final class TreeRules {

	private TreeRules() {
	}

	static boolean mayHaveChild(OrgType parent, OrgType child) {
		return allowedChildren(parent).contains(child);
	}

	static Set<OrgType> allowedChildren(OrgType parent) {
		return switch (parent) {
			case NATIONAL_FEDERATION -> EnumSet.of(OrgType.PROVINCIAL_FEDERATION, OrgType.INDUSTRY_UNION);
			case PROVINCIAL_FEDERATION ->
				EnumSet.of(OrgType.CITY_FEDERATION, OrgType.INDUSTRY_UNION, OrgType.GRASSROOTS_UNION);
			case CITY_FEDERATION ->
				EnumSet.of(OrgType.COUNTY_FEDERATION, OrgType.INDUSTRY_UNION, OrgType.GRASSROOTS_UNION);
			case COUNTY_FEDERATION, INDUSTRY_UNION -> EnumSet.of(OrgType.INDUSTRY_UNION, OrgType.GRASSROOTS_UNION);
			case GRASSROOTS_UNION -> EnumSet.noneOf(OrgType.class);
		};
	}

}
