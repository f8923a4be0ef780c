package org.gonghui.mutualaid.internal;

import org.gonghui.mutualaid.PlanTerms;

/** A plan's terms for one year. */
record YearTerms(long planId, int year, PlanTerms terms) {
}
