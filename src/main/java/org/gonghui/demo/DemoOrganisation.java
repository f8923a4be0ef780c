package org.gonghui.demo;

import java.time.LocalDate;

import org.gonghui.org.OrgType;
import org.jspecify.annotations.Nullable;

/**
 * One organisation of the union tree. Only grassroots unions have an {@code enterprise}
 * and carry the workers' congress and open factory affairs flags.
 */
public record DemoOrganisation(String key, @Nullable String parentKey, String name, OrgType type, String regionCode,
		LocalDate foundedOn, boolean hasWorkersCongress, boolean hasOpenFactoryAffairs,
		@Nullable DemoEnterprise enterprise) {
}
