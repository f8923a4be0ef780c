package org.gonghui.mutualaid;

import org.gonghui.shared.money.Money;

/** A mutual-aid claim was paid out, for statistics (赔付人次, 赔付金额). */
public record ClaimPaid(long claimId, long memberId, long planId, long orgId, Money amount) {
}
