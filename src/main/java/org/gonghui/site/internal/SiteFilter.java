package org.gonghui.site.internal;

import org.jspecify.annotations.Nullable;

import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteType;

/** The staff list: sites under {@code orgPath}, narrowed by the other fields when set. */
record SiteFilter(String orgPath, @Nullable String name, @Nullable SiteType type, @Nullable SiteStatus status,
		@Nullable String region) {
}
