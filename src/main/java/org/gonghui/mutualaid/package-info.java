/**
 * Mutual aid (职工互助保障): plans with yearly terms (premium, waiting period, covered
 * diseases, deductible, payout ratio, yearly cap), bulk enrolment with certificates of
 * cover, claims computed from the terms, reviewed, and paid once. The root holds the
 * domain core, the {@link org.gonghui.mutualaid.MutualAid} facade and the events; the
 * rest is in {@code internal}.
 */
@NullMarked
@ApplicationModule(displayName = "Mutual aid")
package org.gonghui.mutualaid;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
