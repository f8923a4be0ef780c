package org.gonghui.gig.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.gonghui.gig.ChineseSegmenter;
import org.gonghui.gig.GigPostDraft;
import org.gonghui.gig.InstantHirePolicy;
import org.gonghui.gig.MinimumWageRule;
import org.gonghui.gig.PayCheck;
import org.gonghui.gig.PayUnit;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** Publishing, finding and moderating gig posts. */
@Service
class GigPosts {

	private final PostRepository posts;

	private final Employers employers;

	private final MinimumWageBook minimumWages;

	private final ChineseSegmenter segmenter;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final InstantHirePolicy instantHire = InstantHirePolicy.DEFAULT;

	GigPosts(PostRepository posts, Employers employers, MinimumWageBook minimumWages, ChineseSegmenter segmenter,
			AuditLog audit, JdbcClient jdbc, Clock clock) {
		this.posts = posts;
		this.employers = employers;
		this.minimumWages = minimumWages;
		this.segmenter = segmenter;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(BusinessTime.ZONE));
	}

	/**
	 * Publishes a post after the checks: a verified employer that is not blocked, a
	 * sensible time, pay at or above the region's minimum wage, an instant-hire expiry
	 * within hours.
	 */
	@Transactional
	PostRecord post(long employerAccountId, GigPostDraft draft) {
		EmployerIdentity employer = this.employers.identify(employerAccountId, draft.regionCode());
		blockReason(employerAccountId).ifPresent(reason -> {
			throw GonghuiException.invalid("gig.employer.blocked", reason);
		});
		Instant now = this.clock.instant();
		if (draft.workDate().isBefore(today())) {
			throw GonghuiException.invalidField("workDate", "gig.post.work-date-past");
		}
		if (!draft.endTime().isAfter(draft.startTime())) {
			throw GonghuiException.invalidField("endTime", "gig.post.time-window");
		}
		PayCheck check = this.minimumWages.check(draft.payRate(), draft.regionCode(), draft.workDate());
		check.orThrow();
		// where no minimum is on file the rule cannot ask for the estimate, but the pay
		// filter needs it
		if (draft.payUnit() == PayUnit.PIECE && draft.estimatedHourlyFen() == null) {
			throw GonghuiException.invalidField("estimatedHourlyFen", "gig.post.piece-needs-estimate");
		}
		Instant expiresAt = null;
		if (draft.instantHire()) {
			Instant starts = LocalDateTime.of(draft.workDate(), draft.startTime())
				.atZone(BusinessTime.ZONE)
				.toInstant();
			expiresAt = draft.expiresAt() != null ? draft.expiresAt() : this.instantHire.defaultExpiry(now, starts);
			this.instantHire.validate(now, expiresAt, starts);
		}
		String searchText = this.segmenter.documentText(draft.title(), draft.trade(), draft.description(),
				draft.address());
		long id = this.posts.insert(new PostRepository.NewPost(employer.accountId(), employer.name(), employer.orgId(),
				employer.creditCode(), employer.orgPath(), draft, hourlyEquivalent(draft),
				check instanceof PayCheck.Accepted, expiresAt, searchText));
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "gig_post", id, employer.orgPath(),
				"发布零工岗位 " + draft.title() + "（" + employer.name() + "）"));
		return this.posts.find(id).orElseThrow();
	}

	static long hourlyEquivalent(GigPostDraft draft) {
		return switch (draft.payUnit()) {
			case HOUR -> draft.payFen();
			case DAY -> draft.payFen() / MinimumWageRule.HOURS_PER_DAY;
			case PIECE -> draft.estimatedHourlyFen() == null ? 0 : draft.estimatedHourlyFen();
		};
	}

	PageResponse<PostRecord> search(PostSearch search, PageRequest page) {
		if (search.hasPoint() != (search.lat() != null || search.lon() != null)) {
			throw GonghuiException.invalid("gig.search.point-incomplete");
		}
		String tsQuery = search.q() == null ? null : this.segmenter.queryText(search.q()).orElse(null);
		return this.posts.search(search, tsQuery, this.clock.instant(), today(), page);
	}

	Optional<PostRecord> findVisible(long id) {
		return this.posts.findVisible(id, this.clock.instant(), today());
	}

	Optional<PostRecord> find(long id) {
		return this.posts.find(id);
	}

	/** The employer's own post, else 404. */
	PostRecord ownPost(long employerAccountId, long postId) {
		return this.posts.find(postId)
			.filter(p -> p.employerAccountId() == employerAccountId)
			.orElseThrow(GonghuiException::notFound);
	}

	List<PostRecord> byEmployer(long employerAccountId) {
		return this.posts.byEmployer(employerAccountId);
	}

	PageResponse<PostRecord> withinScope(DataScope scope, @Nullable String q, PageRequest page) {
		String tsQuery = q == null ? null : this.segmenter.queryText(q).orElse(null);
		return this.posts.withinScope(scope.path(), tsQuery, page);
	}

	/** Staff hide a post from the market; it stays on record with the reason. */
	@Transactional
	PostRecord hide(DataScope scope, long postId, String reason) {
		PostRecord post = this.posts.find(postId)
			.filter(p -> scope.contains(p.orgPath()))
			.orElseThrow(GonghuiException::notFound);
		if (reason.isBlank()) {
			throw GonghuiException.invalidField("reason", "gig.moderation.reason-required");
		}
		this.posts.hide(postId, reason.strip());
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "gig_post", postId, post.orgPath(),
				"下架零工岗位 " + post.title() + "，理由：" + reason.strip()));
		return this.posts.find(postId).orElseThrow();
	}

	/**
	 * Staff block an employer whose posts they manage: no new posts, the existing ones
	 * leave the public search.
	 */
	@Transactional
	void block(DataScope scope, long employerAccountId, String reason) {
		if (!this.posts.anyWithinScope(employerAccountId, scope.path())) {
			throw GonghuiException.notFound();
		}
		if (reason.isBlank()) {
			throw GonghuiException.invalidField("reason", "gig.moderation.reason-required");
		}
		String name = this.posts.employerName(employerAccountId).orElseThrow();
		try {
			this.jdbc.sql("""
					insert into gig.employer_block (employer_account_id, employer_name, reason, org_path, blocked_by)
					values (:employer, :name, :reason, cast(:path as ltree), :actor)""")
				.param("employer", employerAccountId)
				.param("name", name)
				.param("reason", reason.strip())
				.param("path", scope.path())
				.param("actor", CurrentUser.current().map(CurrentUser::accountId).orElse(null))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw GonghuiException.conflict("gig.employer.already-blocked", name);
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "gig_employer", employerAccountId, scope.path(),
				"禁止雇主 " + name + " 发布零工岗位，理由：" + reason.strip()));
	}

	Optional<String> blockReason(long employerAccountId) {
		return this.jdbc.sql("select reason from gig.employer_block where employer_account_id = :employer")
			.param("employer", employerAccountId)
			.query(String.class)
			.optional();
	}

	record Block(long employerAccountId, String employerName, String reason, Instant blockedAt) {
	}

	List<Block> blocksWithinScope(DataScope scope) {
		return this.jdbc.sql("""
				select employer_account_id, employer_name, reason, blocked_at from gig.employer_block
				 where org_path <@ cast(:scope as ltree) order by blocked_at desc""")
			.param("scope", scope.path())
			.query((rs, row) -> new Block(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

}
