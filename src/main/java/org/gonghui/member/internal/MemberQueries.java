package org.gonghui.member.internal;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** Roster lists for pages, the API and exports; always inside an org subtree. */
@Component
class MemberQueries {

	private static final String WHERE = """
			where org_path <@ cast(:path as ltree)
			  and (cast(:name as text) is null or name like cast(:name as text))
			  and (cast(:status as text) is null or status = cast(:status as text))
			  and (cast(:nef as boolean) is null or new_employment_form = cast(:nef as boolean))""";

	private final JdbcClient jdbc;

	MemberQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<MemberRecord> page(MemberFilter filter, PageRequest request) {
		List<MemberRecord> items = bind(this.jdbc.sql("""
				select id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path,
				       employer, joined_on, status, occupation, skill_level, new_employment_form, version
				from member.member\s""" + WHERE + " order by name, id limit :limit offset :offset"), filter)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(MemberRepository::map)
			.list();
		long total = items.size() < request.size() && request.page() == 0 ? items.size()
				: bind(this.jdbc.sql("select count(*) from member.member " + WHERE), filter).query(Long.class).single();
		return new PageResponse<>(items, request.page(), request.size(), total);
	}

	/** Streams every matching member, for export, without holding them all in memory. */
	@Transactional(readOnly = true)
	void forEach(MemberFilter filter, Consumer<MemberRecord> consumer) {
		try (var rows = bind(this.jdbc.sql("""
				select id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path,
				       employer, joined_on, status, occupation, skill_level, new_employment_form, version
				from member.member\s""" + WHERE + " order by name, id").withFetchSize(1000), filter)
			.query(MemberRepository::map)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MemberFilter filter) {
		return spec.param("path", filter.orgPath())
			.param("name", filter.likePattern())
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("nef", filter.newEmploymentForm());
	}

}
