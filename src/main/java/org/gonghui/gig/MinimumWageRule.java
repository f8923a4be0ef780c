package org.gonghui.gig;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Refuses a gig post that pays less than the region's minimum wage (劳动法 Art. 48: wages
 * shall not be lower than the local minimum; 劳动合同法 Art. 72: part-time hourly pay not
 * lower than the hourly minimum). Gig work is part-time work, so every unit is compared
 * with the hourly standard:
 * <ul>
 * <li>HOUR: the rate itself;</li>
 * <li>DAY: against {@value #HOURS_PER_DAY} × the hourly minimum, the standard working day
 * of 劳动法 Art. 36; a day post with a longer shift is still only checked for eight
 * hours;</li>
 * <li>PIECE: a piece rate cannot be compared with an hourly one, and 《最低工资规定》 Art. 12
 * says piece-rate pay on a reasonable quota must still reach the minimum. We therefore
 * <em>require</em> the employer's estimated hourly earnings and check those; without the
 * estimate the post is refused ({@code gig.pay.piece-needs-hourly-estimate}) rather than
 * published unchecked.</li>
 * </ul>
 */
public final class MinimumWageRule {

	public static final int HOURS_PER_DAY = 8;

	private final MinimumWages minimumWages;

	public MinimumWageRule(MinimumWages minimumWages) {
		this.minimumWages = minimumWages;
	}

	/** Checks the pay of a post in the region for work on the given date. */
	public PayCheck check(PayRate pay, String regionCode, LocalDate workDate) {
		Optional<MinimumWage> standard = this.minimumWages.inForce(regionCode, workDate);
		if (standard.isEmpty()) {
			return new PayCheck.Unchecked("gig.pay.minimum-wage-unknown");
		}
		return check(pay, standard.get());
	}

	public static PayCheck check(PayRate pay, MinimumWage standard) {
		long hourly = standard.hourlyFen();
		return switch (pay.unit()) {
			case HOUR -> compare(pay.amountFen(), hourly, "gig.pay.below-minimum-hourly");
			case DAY -> compare(pay.amountFen(), hourly * HOURS_PER_DAY, "gig.pay.below-minimum-daily");
			case PIECE -> {
				Long estimate = pay.estimatedHourlyFen();
				yield estimate == null ? new PayCheck.Refused("gig.pay.piece-needs-hourly-estimate", 0, hourly)
						: compare(estimate, hourly, "gig.pay.below-minimum-piece");
			}
		};
	}

	private static PayCheck compare(long payFen, long minimumFen, String key) {
		return payFen >= minimumFen ? new PayCheck.Accepted(payFen, minimumFen)
				: new PayCheck.Refused(key, payFen, minimumFen);
	}

}
