package org.gonghui.gig.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.gig.JobFairDraft;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/** Job fairs (招聘会): the event, its employers' positions, and workers' sign-ups. */
@Service
class JobFairs {

	private final JdbcClient jdbc;

	private final OrgDirectory orgs;

	private final AuditLog audit;

	private final Clock clock;

	JobFairs(JdbcClient jdbc, OrgDirectory orgs, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	record Fair(long id, String title, String description, String venue, @Nullable Long siteId, String regionCode,
			Instant startsAt, Instant endsAt, int employers, int positions, int signups) {

		public java.time.LocalDateTime startsLocal() {
			return java.time.LocalDateTime.ofInstant(this.startsAt, org.gonghui.shared.BusinessTime.ZONE);
		}

		public java.time.LocalDateTime endsLocal() {
			return java.time.LocalDateTime.ofInstant(this.endsAt, org.gonghui.shared.BusinessTime.ZONE);
		}

	}

	record Position(long id, String employerName, String title, int headcount, @Nullable String payText) {
	}

	/**
	 * Creates a fair for a union in {@code scope} (null scope: on the system's behalf).
	 */
	@Transactional
	long create(@Nullable DataScope scope, JobFairDraft draft) {
		OrgSummary org = (scope == null ? this.orgs.find(draft.orgId()) : this.orgs.findWithin(scope, draft.orgId()))
			.orElseThrow(() -> GonghuiException.invalidField("orgId", "gig.fair.org-not-found"));
		if (!draft.endsAt().isAfter(draft.startsAt())) {
			throw GonghuiException.invalidField("endsAt", "gig.fair.ends-before-start");
		}
		long id = this.jdbc
			.sql("""
					insert into gig.job_fair (title, description, venue, site_id, region_code, starts_at, ends_at, org_path)
					values (:title, :description, :venue, :site, :region, :starts, :ends, cast(:path as ltree)) returning id""")
			.param("title", draft.title().strip())
			.param("description", draft.description().strip())
			.param("venue", draft.venue().strip())
			.param("site", draft.siteId())
			.param("region", draft.regionCode())
			.param("starts", Timestamp.from(draft.startsAt()))
			.param("ends", Timestamp.from(draft.endsAt()))
			.param("path", org.path())
			.query(Long.class)
			.single();
		for (JobFairDraft.Position position : draft.positions()) {
			this.jdbc.sql("""
					insert into gig.job_fair_position (fair_id, employer_name, title, headcount, pay_text)
					values (:fair, :employer, :title, :headcount, :pay)""")
				.param("fair", id)
				.param("employer", position.employerName().strip())
				.param("title", position.title().strip())
				.param("headcount", position.headcount())
				.param("pay", position.payText())
				.update();
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "gig_job_fair", id, org.path(), "创建招聘会 " + draft.title()));
		return id;
	}

	private static final String SELECT = """
			select f.id, f.title, f.description, f.venue, f.site_id, f.region_code, f.starts_at, f.ends_at,
			       (select count(distinct employer_name) from gig.job_fair_position p where p.fair_id = f.id),
			       (select count(*) from gig.job_fair_position p where p.fair_id = f.id),
			       (select count(*) from gig.job_fair_signup s where s.fair_id = f.id)
			  from gig.job_fair f""";

	private static Fair map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Fair(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5),
				rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getInt(9),
				rs.getInt(10), rs.getInt(11));
	}

	/** Fairs not yet over, soonest first. */
	List<Fair> upcoming() {
		return this.jdbc.sql(SELECT + " where f.ends_at > :now order by f.starts_at, f.id")
			.param("now", Timestamp.from(this.clock.instant()))
			.query(JobFairs::map)
			.list();
	}

	Optional<Fair> find(long id) {
		return this.jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(JobFairs::map).optional();
	}

	List<Position> positions(long fairId) {
		return this.jdbc.sql("""
				select id, employer_name, title, headcount, pay_text from gig.job_fair_position
				 where fair_id = :fair order by employer_name, id""")
			.param("fair", fairId)
			.query((rs, row) -> new Position(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5)))
			.list();
	}

	boolean signedUp(long fairId, long workerAccountId) {
		return this.jdbc
			.sql("select exists (select 1 from gig.job_fair_signup where fair_id = :fair and worker_account_id = :w)")
			.param("fair", fairId)
			.param("w", workerAccountId)
			.query(Boolean.class)
			.single();
	}

	/** A worker signs up for a fair that is not over yet, once. */
	@Transactional
	void signUp(long fairId, long workerAccountId) {
		Fair fair = find(fairId).orElseThrow(GonghuiException::notFound);
		if (!fair.endsAt().isAfter(this.clock.instant())) {
			throw GonghuiException.conflict("gig.fair.over");
		}
		try {
			this.jdbc.sql("insert into gig.job_fair_signup (fair_id, worker_account_id) values (:fair, :w)")
				.param("fair", fairId)
				.param("w", workerAccountId)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("gig.fair.already-signed-up");
		}
	}

}
