package org.gonghui.gig.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.gig.Candidate;
import org.gonghui.gig.CandidateRanking;
import org.gonghui.gig.JobRequirements;
import org.gonghui.gig.RankedCandidate;
import org.gonghui.gig.RatingSummary;
import org.gonghui.gig.TimeWindow;
import org.gonghui.gig.WagesReportedUnpaid;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;

/**
 * Applications and what follows them: offers, acceptance, ratings after the work, and
 * unpaid-wage reports that alert the managing union.
 */
@Service
class Applications {

	private static final String SELECT = """
			select a.id, a.post_id, a.worker_account_id, a.status, a.applied_at, a.offered_at, a.answered_at,
			       p.title, p.employer_name, p.employer_account_id, p.work_date, p.org_path::text as org_path,
			       exists (select 1 from gig.rating r where r.application_id = a.id and r.by_side = 'WORKER') as worker_rated,
			       exists (select 1 from gig.rating r where r.application_id = a.id and r.by_side = 'EMPLOYER') as employer_rated,
			       exists (select 1 from gig.unpaid_report u where u.application_id = a.id) as reported_unpaid
			  from gig.application a join gig.post p on p.id = a.post_id""";

	private final JdbcClient jdbc;

	private final GigPosts posts;

	private final WorkerProfiles profiles;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CandidateRanking ranking = new CandidateRanking();

	Applications(JdbcClient jdbc, GigPosts posts, WorkerProfiles profiles, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.profiles = profiles;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	long apply(long workerAccountId, long postId) {
		PostRecord post = this.posts.findVisible(postId).orElseThrow(GonghuiException::notFound);
		if (this.profiles.find(workerAccountId).isEmpty()) {
			throw GonghuiException.invalid("gig.apply.profile-required");
		}
		long id;
		try {
			id = this.jdbc.sql("""
					insert into gig.application (post_id, worker_account_id, status) values (:post, :worker, 'APPLIED')
					returning id""").param("post", postId).param("worker", workerAccountId).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("gig.apply.duplicate");
		}
		this.audit
			.record(AuditEntry.of(AuditAction.CREATE, "gig_application", id, post.orgPath(), "报名零工岗位 " + post.title()));
		return id;
	}

	Optional<ApplicationRecord> find(long id) {
		return this.jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Applications::map).optional();
	}

	List<ApplicationRecord> ofWorker(long workerAccountId) {
		return this.jdbc.sql(SELECT + " where a.worker_account_id = :worker order by a.applied_at desc, a.id desc")
			.param("worker", workerAccountId)
			.query(Applications::map)
			.list();
	}

	private ApplicationRecord ownedByWorker(long workerAccountId, long applicationId) {
		return find(applicationId).filter(a -> a.workerAccountId() == workerAccountId)
			.orElseThrow(GonghuiException::notFound);
	}

	private ApplicationRecord ownedByEmployer(long employerAccountId, long applicationId) {
		return find(applicationId).filter(a -> a.employerAccountId() == employerAccountId)
			.orElseThrow(GonghuiException::notFound);
	}

	/**
	 * The employer offers the job; refused once the accepted workers fill the headcount.
	 */
	@Transactional
	void offer(long employerAccountId, long applicationId) {
		ApplicationRecord application = ownedByEmployer(employerAccountId, applicationId);
		PostRecord post = this.posts.find(application.postId()).orElseThrow();
		if (application.status() != ApplicationStatus.APPLIED) {
			throw GonghuiException.conflict("gig.offer.not-applied");
		}
		long accepted = this.jdbc
			.sql("select count(*) from gig.application where post_id = :post and status = 'ACCEPTED'")
			.param("post", post.id())
			.query(Long.class)
			.single();
		if (accepted >= post.headcount()) {
			throw GonghuiException.conflict("gig.offer.full", post.headcount());
		}
		transition(applicationId, ApplicationStatus.APPLIED, ApplicationStatus.OFFERED, "offered_at");
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "gig_application", applicationId, post.orgPath(),
				"向求职者发出录用邀请：" + post.title()));
	}

	@Transactional
	void accept(long workerAccountId, long applicationId) {
		answer(workerAccountId, applicationId, ApplicationStatus.ACCEPTED, "接受录用：");
	}

	@Transactional
	void decline(long workerAccountId, long applicationId) {
		answer(workerAccountId, applicationId, ApplicationStatus.DECLINED, "婉拒录用：");
	}

	private void answer(long workerAccountId, long applicationId, ApplicationStatus to, String summary) {
		ApplicationRecord application = ownedByWorker(workerAccountId, applicationId);
		if (application.status() != ApplicationStatus.OFFERED) {
			throw GonghuiException.conflict("gig.answer.not-offered");
		}
		transition(applicationId, ApplicationStatus.OFFERED, to, "answered_at");
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "gig_application", applicationId, application.orgPath(),
				summary + application.postTitle()));
	}

	private void transition(long id, ApplicationStatus from, ApplicationStatus to, String timeColumn) {
		int changed = this.jdbc
			.sql("update gig.application set status = :to, " + timeColumn + " = :now where id = :id and status = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed != 1) {
			throw GonghuiException.conflict("error.concurrent-change");
		}
	}

	/**
	 * Either side rates the other once, after the work: the application was accepted and
	 * the work day has come.
	 */
	@Transactional
	void rate(long accountId, long applicationId, boolean byEmployer, int stars, @Nullable String comment) {
		ApplicationRecord application = byEmployer ? ownedByEmployer(accountId, applicationId)
				: ownedByWorker(accountId, applicationId);
		if (stars < 1 || stars > 5) {
			throw GonghuiException.invalidField("stars", "gig.rate.stars");
		}
		requireWorked(application, "gig.rate.before-work");
		try {
			this.jdbc.sql("""
					insert into gig.rating (application_id, by_side, stars, comment)
					values (:application, :side, :stars, :comment)""")
				.param("application", applicationId)
				.param("side", byEmployer ? "EMPLOYER" : "WORKER")
				.param("stars", stars)
				.param("comment", comment == null || comment.isBlank() ? null : comment.strip())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("gig.rate.duplicate");
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "gig_rating", applicationId, application.orgPath(),
				(byEmployer ? "雇主评价求职者 " : "求职者评价雇主 ") + stars + " 星：" + application.postTitle()));
	}

	private void requireWorked(ApplicationRecord application, String key) {
		if (application.status() != ApplicationStatus.ACCEPTED) {
			throw GonghuiException.conflict(key);
		}
		if (LocalDate.now(this.clock.withZone(BusinessTime.ZONE)).isBefore(application.workDate())) {
			throw GonghuiException.conflict(key);
		}
	}

	/**
	 * The worker reports the gig unpaid; the managing union sees it in the console and
	 * legal aid hears of it through {@link WagesReportedUnpaid}.
	 */
	@Transactional
	long reportUnpaid(long workerAccountId, long applicationId, @Nullable Long amountFen, @Nullable String note) {
		ApplicationRecord application = ownedByWorker(workerAccountId, applicationId);
		requireWorked(application, "gig.unpaid.before-work");
		if (amountFen != null && amountFen <= 0) {
			throw GonghuiException.invalidField("amountFen", "gig.unpaid.amount");
		}
		Instant now = this.clock.instant();
		long id;
		try {
			id = this.jdbc.sql("""
					insert into gig.unpaid_report (application_id, post_id, worker_account_id, employer_account_id,
					    org_path, amount_fen, note, reported_at)
					values (:application, :post, :worker, :employer, cast(:path as ltree), :amount, :note, :now)
					returning id""")
				.param("application", applicationId)
				.param("post", application.postId())
				.param("worker", workerAccountId)
				.param("employer", application.employerAccountId())
				.param("path", application.orgPath())
				.param("amount", amountFen)
				.param("note", note == null || note.isBlank() ? null : note.strip())
				.param("now", Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("gig.unpaid.duplicate");
		}
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "gig_unpaid_report", id, application.orgPath(),
				"求职者报告欠薪：" + application.postTitle() + "（" + application.employerName() + "）"));
		this.events.publishEvent(new WagesReportedUnpaid(id, applicationId, application.postId(), workerAccountId,
				application.employerAccountId(), application.employerName(), application.orgPath(), amountFen, now));
		return id;
	}

	record UnpaidReport(long id, long applicationId, long postId, String postTitle, String employerName,
			String workerName, @Nullable Long amountFen, @Nullable String note, Instant reportedAt,
			@Nullable Instant handledAt) {

		public java.time.LocalDateTime reportedLocal() {
			return java.time.LocalDateTime.ofInstant(this.reportedAt, BusinessTime.ZONE);
		}

		public @Nullable String amountYuan() {
			return this.amountFen == null ? null : java.math.BigDecimal.valueOf(this.amountFen, 2).toPlainString();
		}

	}

	List<UnpaidReport> unpaidWithinScope(DataScope scope) {
		return this.jdbc.sql("""
				select u.id, u.application_id, u.post_id, p.title, p.employer_name,
				       coalesce(w.name, '#' || u.worker_account_id), u.amount_fen, u.note, u.reported_at, u.handled_at
				  from gig.unpaid_report u join gig.post p on p.id = u.post_id
				  left join gig.worker_profile w on w.account_id = u.worker_account_id
				 where u.org_path <@ cast(:scope as ltree)
				 order by u.handled_at nulls first, u.reported_at desc""")
			.param("scope", scope.path())
			.query((rs, row) -> new UnpaidReport(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), (Long) rs.getObject(7), rs.getString(8),
					rs.getTimestamp(9).toInstant(),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.list();
	}

	@Transactional
	void markHandled(DataScope scope, long reportId) {
		String path = this.jdbc.sql("select org_path::text from gig.unpaid_report where id = :id")
			.param("id", reportId)
			.query(String.class)
			.optional()
			.filter(scope::contains)
			.orElseThrow(GonghuiException::notFound);
		this.jdbc.sql("update gig.unpaid_report set handled_at = now(), handled_by = :actor where id = :id")
			.param("id", reportId)
			.param("actor", CurrentUser.current().map(CurrentUser::accountId).orElse(null))
			.update();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "gig_unpaid_report", reportId, path, "欠薪报告已处理"));
	}

	/** A candidate in the employer's view: the ranking with the worker's profile. */
	record CandidateView(long applicationId, long workerAccountId, String name, List<String> trades,
			List<String> skills, @Nullable String skillLevel, ApplicationStatus status, int score,
			List<RankedCandidate.ScorePart> parts, @Nullable Double distanceKm, int ratingCount,
			@Nullable Double averageStars, @Nullable String phone) {
	}

	/**
	 * The post's applicants, best first (see {@link CandidateRanking}). The phone number
	 * shows only once the worker has accepted the offer.
	 */
	List<CandidateView> candidates(long employerAccountId, long postId) {
		PostRecord post = this.posts.ownPost(employerAccountId, postId);
		record Row(long applicationId, long worker, ApplicationStatus status) {
		}
		List<Row> rows = this.jdbc
			.sql("select id, worker_account_id, status from gig.application where post_id = :post")
			.param("post", postId)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getLong(2), ApplicationStatus.valueOf(rs.getString(3))))
			.list();
		Map<Long, WorkerProfiles.Profile> profiles = this.profiles.findAll(rows.stream().map(Row::worker).toList());
		Map<Long, RatingSummary> ratings = ratingsOfWorkers(profiles.keySet());
		LocalDateTime start = LocalDateTime.of(post.workDate(), post.startTime());
		TimeWindow window = new TimeWindow(start, LocalDateTime.of(post.workDate(), post.endTime()));
		List<Candidate> candidates = new ArrayList<>();
		Map<Long, Row> byWorker = new HashMap<>();
		for (Row row : rows) {
			WorkerProfiles.Profile profile = profiles.get(row.worker());
			if (profile == null || row.status() == ApplicationStatus.WITHDRAWN) {
				continue;
			}
			byWorker.put(row.worker(), row);
			candidates.add(new Candidate(row.worker(), java.util.Set.copyOf(profile.trades()), profile.skillLevel(),
					profile.lat() == null ? null : GeoPoint.of(profile.lat(), profile.lon()),
					availabilityOn(profile, post.workDate()), ratings.getOrDefault(row.worker(), RatingSummary.NONE)));
		}
		JobRequirements job = new JobRequirements(post.trade(), post.requiredLevel(),
				GeoPoint.of(post.lat(), post.lon()), window);
		List<CandidateView> views = new ArrayList<>();
		for (RankedCandidate ranked : this.ranking.rank(job, candidates)) {
			WorkerProfiles.Profile profile = profiles.get(ranked.workerId());
			Row row = byWorker.get(ranked.workerId());
			RatingSummary summary = ratings.getOrDefault(ranked.workerId(), RatingSummary.NONE);
			views.add(new CandidateView(row.applicationId(), ranked.workerId(), profile.name(), profile.trades(),
					profile.skills(), profile.skillLevel() == null ? null : profile.skillLevel().name(), row.status(),
					ranked.score(), ranked.parts(), ranked.distanceKm(), summary.count(),
					summary.count() == 0 ? null : Math.round(10.0 * summary.totalStars() / summary.count()) / 10.0,
					row.status() == ApplicationStatus.ACCEPTED ? profile.phone() : null));
		}
		return views;
	}

	/**
	 * The worker's weekly hours on the job's date, as a window (none if not a working
	 * day).
	 */
	static List<TimeWindow> availabilityOn(WorkerProfiles.Profile profile, LocalDate date) {
		if (!profile.availableDays().contains(date.getDayOfWeek().getValue())) {
			return List.of();
		}
		return List.of(new TimeWindow(LocalDateTime.of(date, profile.availableFrom()),
				LocalDateTime.of(date, profile.availableUntil())));
	}

	/** What employers gave each worker, over all their gigs. */
	Map<Long, RatingSummary> ratingsOfWorkers(java.util.Collection<Long> workers) {
		if (workers.isEmpty()) {
			return Map.of();
		}
		Map<Long, RatingSummary> summaries = new HashMap<>();
		this.jdbc.sql("""
				select a.worker_account_id, count(*), sum(r.stars)
				  from gig.rating r join gig.application a on a.id = r.application_id
				 where r.by_side = 'EMPLOYER' and a.worker_account_id in (:workers)
				 group by a.worker_account_id""").param("workers", workers).query((ResultSet rs) -> {
			summaries.put(rs.getLong(1), new RatingSummary(rs.getInt(2), rs.getLong(3)));
		});
		return summaries;
	}

	/** What workers gave an employer: count and average stars. */
	RatingSummary ratingsOfEmployer(long employerAccountId) {
		return this.jdbc.sql("""
				select count(*), coalesce(sum(r.stars), 0)
				  from gig.rating r join gig.application a on a.id = r.application_id
				  join gig.post p on p.id = a.post_id
				 where r.by_side = 'WORKER' and p.employer_account_id = :employer""")
			.param("employer", employerAccountId)
			.query((rs, row) -> new RatingSummary(rs.getInt(1), rs.getLong(2)))
			.single();
	}

	private static ApplicationRecord map(ResultSet rs, int row) throws SQLException {
		Timestamp offered = rs.getTimestamp("offered_at");
		Timestamp answered = rs.getTimestamp("answered_at");
		return new ApplicationRecord(rs.getLong("id"), rs.getLong("post_id"), rs.getLong("worker_account_id"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getTimestamp("applied_at").toInstant(),
				offered == null ? null : offered.toInstant(), answered == null ? null : answered.toInstant(),
				rs.getString("title"), rs.getString("employer_name"), rs.getLong("employer_account_id"),
				rs.getObject("work_date", LocalDate.class), rs.getString("org_path"), rs.getBoolean("worker_rated"),
				rs.getBoolean("employer_rated"), rs.getBoolean("reported_unpaid"));
	}

}
