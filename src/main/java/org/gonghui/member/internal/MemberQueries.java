package org.gonghui.member.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/**
 * Roster lists for pages, the API and exports; always inside an org subtree. The SQL
 * holds only the filters given, so the planner sees each query as it is; the subtree is
 * matched on {@code scope_key} (see {@code V3_2__member_roster_scope.sql}).
 */
@Component
class MemberQueries {

	/** Depth of {@code scope_key}: national.province.city.county. */
	static final int SCOPE_KEY_DEPTH = 4;

	private static final String COLUMNS = """
			select id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path,
			       employer, joined_on, status, occupation, skill_level, new_employment_form, version
			from member.member\s""";

	/**
	 * The scope keys inside a subtree wider than a county, found by skipping through the
	 * index from key to key (they sort contiguously after the subtree's own path), so a
	 * province costs one probe per county rather than a scan of its members.
	 */
	private static final String KEYS_UNDER_PATH = """
			array(with recursive keys(k) as (
			        (select scope_key from member.member where scope_key >= cast(:path as ltree)
			          order by scope_key limit 1)
			        union all
			        select (select m.scope_key from member.member m where m.scope_key > keys.k
			                 order by m.scope_key limit 1)
			          from keys where keys.k <@ cast(:path as ltree))
			      select k from keys where k <@ cast(:path as ltree))""";

	private static final String ORDER = " order by name collate \"C\", id";

	private final JdbcClient jdbc;

	MemberQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<MemberRecord> page(MemberFilter filter, PageRequest request) {
		Where where = where(filter);
		List<MemberRecord> items = this.jdbc.sql(COLUMNS + where.sql() + ORDER + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(MemberRepository::map)
			.list();
		long total = items.size() < request.size() && request.page() == 0 ? items.size() : count(filter, where);
		return new PageResponse<>(items, request.page(), request.size(), total);
	}

	/**
	 * A scope no deeper than a county, with no name or a one-character one, is counted
	 * from the kept roster counts ({@code V3_4__member_roster_counts.sql}); anything
	 * narrower is few enough rows to count.
	 */
	private long count(MemberFilter filter, Where where) {
		Where kept = keptCount(filter);
		Where chosen = (kept != null) ? kept
				: new Where("select count(*) from member.member " + where.sql(), where.params());
		return this.jdbc.sql(chosen.sql()).params(chosen.params()).query(Long.class).single();
	}

	static @Nullable Where keptCount(MemberFilter filter) {
		int depth = depth(filter.orgPath());
		String prefix = (filter.namePrefix() != null) ? filter.namePrefix().strip() : "";
		if (depth > SCOPE_KEY_DEPTH || prefix.codePointCount(0, prefix.length()) > 1) {
			return null;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("path", filter.orgPath());
		params.put("initial", prefix);
		StringBuilder sql = new StringBuilder(
				"select coalesce(sum(members), 0) from member.roster_count where initial = :initial and ")
			.append((depth == SCOPE_KEY_DEPTH) ? "scope_key = cast(:path as ltree)"
					: "scope_key <@ cast(:path as ltree)");
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.newEmploymentForm() != null) {
			sql.append(" and new_employment_form = :nef");
			params.put("nef", filter.newEmploymentForm());
		}
		return new Where(sql.toString(), params);
	}

	/** Streams every matching member, for export, without holding them all in memory. */
	@Transactional(readOnly = true)
	void forEach(MemberFilter filter, Consumer<MemberRecord> consumer) {
		Where where = where(filter);
		try (var rows = this.jdbc.sql(COLUMNS + where.sql() + ORDER)
			.withFetchSize(1000)
			.params(where.params())
			.query(MemberRepository::map)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/** The conditions of a filter and the values they bind, built together. */
	record Where(String sql, Map<String, Object> params) {
	}

	static Where where(MemberFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		params.put("path", filter.orgPath());
		int depth = depth(filter.orgPath());
		if (depth == SCOPE_KEY_DEPTH) {
			conditions.add("scope_key = cast(:path as ltree)");
		}
		else if (depth < SCOPE_KEY_DEPTH) {
			conditions.add("scope_key = any(" + KEYS_UNDER_PATH + ")");
		}
		else {
			conditions.add("org_path <@ cast(:path as ltree)");
		}
		String name = filter.likePattern();
		if (name != null) {
			conditions.add("name collate \"C\" like :name");
			params.put("name", name);
		}
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.newEmploymentForm() != null) {
			conditions.add("new_employment_form = :nef");
			params.put("nef", filter.newEmploymentForm());
		}
		return new Where("where " + String.join(" and ", conditions), params);
	}

	private static int depth(String path) {
		return path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '.').count() + 1;
	}

}
