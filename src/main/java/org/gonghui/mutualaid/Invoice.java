package org.gonghui.mutualaid;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * A medical invoice of a claim.
 *
 * @param amount the invoice total
 * @param selfPaid the part the member paid after basic medical insurance: what mutual aid
 * covers
 */
public record Invoice(String number, Money amount, Money selfPaid) {

	public Invoice {
		if (amount.isNegative() || selfPaid.isNegative()) {
			throw GonghuiException.invalidField("amount", "money.negative", amount.format());
		}
		if (selfPaid.isGreaterThan(amount)) {
			throw GonghuiException.invalidField("selfPaid", "claim.invoice.self-paid-above-amount", selfPaid.format(),
					amount.format());
		}
	}

}
