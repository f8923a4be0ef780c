package org.gonghui.assistance;

import java.time.Instant;
import java.util.UUID;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.security.DataScope;

/**
 * Student aid (金秋助学): amounts by school level and household type, and the awards, one per
 * student per year (a unique key backs the rule; a second award is refused with 409).
 */
public interface StudentAid {

	void setAmount(Actor actor, SchoolLevel level, StudentHouseholdType householdType, Money amount);

	UUID award(Actor actor, DataScope scope, StudentAwardDraft draft, Instant at);

}
