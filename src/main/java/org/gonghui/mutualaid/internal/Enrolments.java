package org.gonghui.mutualaid.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.member.MemberSummary;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** The enrolments, always read inside an org subtree or for one member. */
@Repository("mutualAidEnrolments")
class Enrolments {

	private static final String SELECT = """
			select e.id, e.plan_id, p.name as plan_name, e.year, e.member_id, e.member_name, e.id_number_masked,
			       e.org_id, e.org_path::text as org_path, e.first_day, e.last_day, e.premium_fen, e.certificate_no,
			       e.enrolled_at
			from mutualaid.enrolment e join mutualaid.plan p on p.id = e.plan_id\s""";

	private static final String WHERE = """
			where e.org_path <@ cast(:path as ltree)
			  and (cast(:plan as bigint) is null or e.plan_id = cast(:plan as bigint))
			  and (cast(:year as integer) is null or e.year = cast(:year as integer))
			  and (cast(:name as text) is null or e.member_name like cast(:name as text))""";

	private final JdbcClient jdbc;

	Enrolments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts unless the member is already enrolled in the plan for the year. */
	boolean insertIfAbsent(long planId, int year, MemberSummary member, java.time.LocalDate firstDay,
			java.time.LocalDate lastDay, Money premium, @Nullable Long enrolledBy) {
		return this.jdbc.sql("""
				insert into mutualaid.enrolment (plan_id, year, member_id, member_name, id_number_masked, org_id,
				    org_path, first_day, last_day, premium_fen, certificate_no, enrolled_by)
				values (:plan, :year, :member, :name, :masked, :org, cast(:path as ltree), :first, :last, :premium,
				    'HZ' || :year || '-' || :plan || '-' || :member, :by)
				on conflict (plan_id, year, member_id) do nothing""")
			.param("plan", planId)
			.param("year", year)
			.param("member", member.id())
			.param("name", member.name())
			.param("masked", member.idNumberMasked())
			.param("org", member.orgId())
			.param("path", member.orgPath())
			.param("first", Date.valueOf(firstDay))
			.param("last", Date.valueOf(lastDay))
			.param("premium", premium.fen())
			.param("by", enrolledBy)
			.update() == 1;
	}

	boolean exists(long planId, int year, long memberId) {
		return this.jdbc.sql(
				"select count(*) from mutualaid.enrolment where plan_id = :plan and year = :year and member_id = :member")
			.param("plan", planId)
			.param("year", year)
			.param("member", memberId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<EnrolmentRecord> find(long id) {
		return this.jdbc.sql(SELECT + "where e.id = :id").param("id", id).query(Enrolments::map).optional();
	}

	List<EnrolmentRecord> ofMember(long memberId) {
		return this.jdbc.sql(SELECT + "where e.member_id = :member order by e.year desc, e.plan_id")
			.param("member", memberId)
			.query(Enrolments::map)
			.list();
	}

	List<EnrolmentRecord> ofMemberInPlan(long memberId, long planId) {
		return this.jdbc.sql(SELECT + "where e.member_id = :member and e.plan_id = :plan order by e.first_day")
			.param("member", memberId)
			.param("plan", planId)
			.query(Enrolments::map)
			.list();
	}

	PageResponse<EnrolmentRecord> page(EnrolmentFilter filter, PageRequest request) {
		List<EnrolmentRecord> items = bind(this.jdbc
			.sql(SELECT + WHERE + " order by e.year desc, e.plan_id, e.member_name, e.id limit :limit offset :offset"),
				filter)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Enrolments::map)
			.list();
		long total = bind(this.jdbc.sql("select count(*) from mutualaid.enrolment e " + WHERE), filter)
			.query(Long.class)
			.single();
		return new PageResponse<>(items, request.page(), request.size(), total);
	}

	void forEach(EnrolmentFilter filter, Consumer<EnrolmentRecord> consumer) {
		try (var rows = bind(this.jdbc.sql(SELECT + WHERE + " order by e.year desc, e.plan_id, e.member_name, e.id")
			.withFetchSize(1000), filter).query(Enrolments::map).stream()) {
			rows.forEach(consumer);
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, EnrolmentFilter filter) {
		return spec.param("path", filter.orgPath())
			.param("plan", filter.planId())
			.param("year", filter.year())
			.param("name", Texts.likePrefix(filter.namePrefix()));
	}

	static EnrolmentRecord map(ResultSet rs, int row) throws SQLException {
		return new EnrolmentRecord(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_name"),
				rs.getInt("year"), rs.getLong("member_id"), rs.getString("member_name"),
				rs.getString("id_number_masked"), rs.getLong("org_id"), rs.getString("org_path"),
				rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(),
				Money.ofFen(rs.getLong("premium_fen")), rs.getString("certificate_no"),
				rs.getTimestamp("enrolled_at").toInstant());
	}

	record EnrolmentFilter(String orgPath, @Nullable Long planId, @Nullable Integer year, @Nullable String namePrefix) {
	}

}
