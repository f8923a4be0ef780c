package org.gonghui.gig.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.gig.MinimumWage;
import org.gonghui.gig.MinimumWageRule;
import org.gonghui.gig.MinimumWages;
import org.gonghui.gig.PayCheck;
import org.gonghui.gig.PayRate;
import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.web.GonghuiException;

/**
 * The minimum wages staff maintain per region, with their effective dates. The table is a
 * few dozen rows, so every check reads it whole and the rule looks up county → city →
 * province.
 */
@Service
class MinimumWageBook {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final OrgDirectory orgs;

	MinimumWageBook(JdbcClient jdbc, AuditLog audit, OrgDirectory orgs) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.orgs = orgs;
	}

	record Entry(long id, String regionCode, LocalDate effectiveFrom, long hourlyFen, long monthlyFen,
			Instant enteredAt) {

		public String hourlyYuan() {
			return java.math.BigDecimal.valueOf(this.hourlyFen, 2).toPlainString();
		}

		public String monthlyYuan() {
			return java.math.BigDecimal.valueOf(this.monthlyFen, 2).toPlainString();
		}

	}

	List<Entry> all() {
		return this.jdbc.sql("""
				select id, region_code, effective_from, hourly_fen, monthly_fen, entered_at
				  from gig.minimum_wage order by region_code, effective_from desc""")
			.query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getLong(4), rs.getLong(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	MinimumWages standards() {
		return new MinimumWages(all().stream()
			.map(e -> new MinimumWage(e.regionCode(), e.effectiveFrom(), e.hourlyFen(), e.monthlyFen()))
			.toList());
	}

	PayCheck check(PayRate pay, String regionCode, LocalDate workDate) {
		return new MinimumWageRule(standards()).check(pay, regionCode, workDate);
	}

	/**
	 * Enters a standard; a second one for the same region and date is refused (correct
	 * mistakes by entering the next date's, the history stays).
	 */
	@Transactional
	long enter(MinimumWage standard) {
		@Nullable Long actor = CurrentUser.current().map(CurrentUser::accountId).orElse(null);
		long id;
		try {
			id = this.jdbc.sql("""
					insert into gig.minimum_wage (region_code, effective_from, hourly_fen, monthly_fen, entered_by)
					values (:region, :from, :hourly, :monthly, :actor) returning id""")
				.param("region", standard.regionCode())
				.param("from", standard.effectiveFrom())
				.param("hourly", standard.hourlyFen())
				.param("monthly", standard.monthlyFen())
				.param("actor", actor)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("gig.minimum-wage.duplicate", standard.regionCode(),
					standard.effectiveFrom());
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "gig_minimum_wage", id, this.orgs.root().path(),
				"录入最低工资标准 " + standard.regionCode() + " 自 " + standard.effectiveFrom() + " 起 小时 "
						+ java.math.BigDecimal.valueOf(standard.hourlyFen(), 2) + " 元 / 月 "
						+ java.math.BigDecimal.valueOf(standard.monthlyFen(), 2) + " 元"));
		return id;
	}

}
