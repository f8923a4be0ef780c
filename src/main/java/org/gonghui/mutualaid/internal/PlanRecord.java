package org.gonghui.mutualaid.internal;

import org.jspecify.annotations.Nullable;

import org.gonghui.mutualaid.PlanKind;

/** A plan as stored: kept by the federation at {@code orgPath}. */
record PlanRecord(long id, String name, PlanKind kind, @Nullable String description, long orgId, String orgPath) {
}
