/**
 * Mutual aid (职工互助保障): plans with yearly terms (premium, waiting period, covered
 * diseases, deductible, payout ratio, yearly cap) and the claim computation the reviewer
 * sees. Plain Java; persistence and pages are wired onto it.
 */
@NullMarked
package org.gonghui.mutualaid;

import org.jspecify.annotations.NullMarked;
