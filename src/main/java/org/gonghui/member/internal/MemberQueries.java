package org.gonghui.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
		List<MemberRecord> items = bind(this.jdbc.sql(COLUMNS + where(filter) + ORDER + " limit :limit offset :offset"),
				filter)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(MemberRepository::map)
			.list();
		long total = items.size() < request.size() && request.page() == 0 ? items.size()
				: bind(this.jdbc.sql("select count(*) from member.member " + where(filter)), filter).query(Long.class)
					.single();
		return new PageResponse<>(items, request.page(), request.size(), total);
	}

	/** Streams every matching member, for export, without holding them all in memory. */
	@Transactional(readOnly = true)
	void forEach(MemberFilter filter, Consumer<MemberRecord> consumer) {
		try (var rows = bind(this.jdbc.sql(COLUMNS + where(filter) + ORDER).withFetchSize(1000), filter)
			.query(MemberRepository::map)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	static String where(MemberFilter filter) {
		List<String> conditions = new ArrayList<>();
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
		if (filter.likePattern() != null) {
			conditions.add("name collate \"C\" like :name");
		}
		if (filter.status() != null) {
			conditions.add("status = :status");
		}
		if (filter.newEmploymentForm() != null) {
			conditions.add("new_employment_form = :nef");
		}
		return "where " + String.join(" and ", conditions);
	}

	private static int depth(String path) {
		return path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '.').count() + 1;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MemberFilter filter) {
		spec = spec.param("path", filter.orgPath());
		if (filter.likePattern() != null) {
			spec = spec.param("name", filter.likePattern());
		}
		if (filter.status() != null) {
			spec = spec.param("status", filter.status().name());
		}
		if (filter.newEmploymentForm() != null) {
			spec = spec.param("nef", filter.newEmploymentForm());
		}
		return spec;
	}

}
