package org.gonghui.assistance;

/**
 * A condolence payment in cash or a delivery of goods, valued against the same budget.
 */
public enum PaymentKind {

	CASH, GOODS

}
