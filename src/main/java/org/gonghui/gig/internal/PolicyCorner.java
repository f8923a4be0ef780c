package org.gonghui.gig.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.gig.ChineseSegmenter;
import org.gonghui.gig.PolicyArticleDraft;
import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** The policy corner (政策专区): articles searchable in Chinese like the posts. */
@Service
class PolicyCorner {

	private final JdbcClient jdbc;

	private final ChineseSegmenter segmenter;

	private final AuditLog audit;

	private final OrgDirectory orgs;

	PolicyCorner(JdbcClient jdbc, ChineseSegmenter segmenter, AuditLog audit, OrgDirectory orgs) {
		this.jdbc = jdbc;
		this.segmenter = segmenter;
		this.audit = audit;
		this.orgs = orgs;
	}

	record Article(long id, String title, String body, @Nullable String source, LocalDate publishedOn) {

		public String excerpt() {
			return this.body.length() <= 90 ? this.body : this.body.substring(0, 90) + "…";
		}

	}

	@Transactional
	long publish(PolicyArticleDraft draft) {
		long id = this.jdbc.sql("""
				insert into gig.policy_article (title, body, source, published_on, search_text)
				values (:title, :body, :source, :published, to_tsvector('simple', :text)) returning id""")
			.param("title", draft.title().strip())
			.param("body", draft.body().strip())
			.param("source", draft.source())
			.param("published", draft.publishedOn())
			.param("text", this.segmenter.documentText(draft.title(), draft.body()))
			.query(Long.class)
			.single();
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "gig_policy_article", id, this.orgs.root().path(),
				"发布政策文章 " + draft.title()));
		return id;
	}

	PageResponse<Article> search(@Nullable String q, PageRequest page) {
		String tsQuery = q == null ? null : this.segmenter.queryText(q).orElse(null);
		String where = tsQuery == null ? "" : " where search_text @@ to_tsquery('simple', :q)";
		String order = tsQuery == null ? " order by published_on desc, id desc"
				: " order by ts_rank(search_text, to_tsquery('simple', :q)) desc, published_on desc";
		JdbcClient.StatementSpec items = this.jdbc
			.sql("select id, title, body, source, published_on from gig.policy_article" + where + order
					+ " limit :limit offset :offset")
			.param("limit", page.size())
			.param("offset", page.offset());
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from gig.policy_article" + where);
		if (tsQuery != null) {
			items = items.param("q", tsQuery);
			count = count.param("q", tsQuery);
		}
		List<Article> found = items
			.query((rs, row) -> new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
		return new PageResponse<>(found, page.page(), page.size(), count.query(Long.class).single());
	}

	Optional<Article> find(long id) {
		return this.jdbc.sql("select id, title, body, source, published_on from gig.policy_article where id = :id")
			.param("id", id)
			.query((rs, row) -> new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.optional();
	}

}
