package org.gonghui.gig.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.gig.GigPostDraft;
import org.gonghui.gig.PayUnit;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;
import org.gonghui.shared.db.OrgPaths;

/** Gig posts: writing, the public search, the employer's and the staff's lists. */
@Repository
class PostRepository {

	private static final String COLUMNS = """
			p.id, p.employer_account_id, p.employer_name, p.employer_org_id, p.credit_code, p.org_path::text as org_path,
			p.site_id, p.title, p.trade, p.description, p.requirements, p.required_level, p.pay_unit, p.pay_fen,
			p.estimated_hourly_fen, p.hourly_equivalent_fen, p.minimum_wage_checked, p.region_code, p.address, p.lat,
			p.lon, p.work_date, p.start_time, p.end_time, p.headcount, p.instant_hire, p.expires_at, p.status,
			p.hidden_reason, p.created_at""";

	// open, not expired, not yet past, and not by a blocked employer
	private static final String VISIBLE = """
			p.status = 'OPEN' and (p.expires_at is null or p.expires_at > :now) and p.work_date >= :today
			and not exists (select 1 from gig.employer_block b where b.employer_account_id = p.employer_account_id)""";

	private final JdbcClient jdbc;

	PostRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewPost(long employerAccountId, String employerName, @Nullable Long employerOrgId,
			@Nullable String creditCode, String orgPath, GigPostDraft draft, long hourlyEquivalentFen,
			boolean minimumWageChecked, @Nullable Instant expiresAt, String searchText) {
	}

	long insert(NewPost post) {
		GigPostDraft d = post.draft();
		return this.jdbc
			.sql("""
					insert into gig.post (employer_account_id, employer_name, employer_org_id, credit_code, org_path, site_id,
					    title, trade, description, requirements, required_level, pay_unit, pay_fen, estimated_hourly_fen,
					    hourly_equivalent_fen, minimum_wage_checked, region_code, address, lat, lon, work_date, start_time,
					    end_time, headcount, instant_hire, expires_at, status, search_text)
					values (:employer, :employerName, :employerOrgId, :creditCode, cast(:orgPath as ltree), :siteId,
					    :title, :trade, :description, :requirements, :requiredLevel, :payUnit, :payFen, :estimate,
					    :hourly, :checked, :regionCode, :address, :lat, :lon, :workDate, :startTime,
					    :endTime, :headcount, :instant, :expiresAt, 'OPEN', to_tsvector('simple', :searchText))
					returning id""")
			.param("employer", post.employerAccountId())
			.param("employerName", post.employerName())
			.param("employerOrgId", post.employerOrgId())
			.param("creditCode", post.creditCode())
			.param("orgPath", post.orgPath())
			.param("siteId", d.siteId())
			.param("title", d.title().strip())
			.param("trade", d.trade().strip())
			.param("description", d.description().strip())
			.param("requirements", blankToNull(d.requirements()))
			.param("requiredLevel", d.requiredLevel() == null ? null : d.requiredLevel().name())
			.param("payUnit", d.payUnit().name())
			.param("payFen", d.payFen())
			.param("estimate", d.estimatedHourlyFen())
			.param("hourly", post.hourlyEquivalentFen())
			.param("checked", post.minimumWageChecked())
			.param("regionCode", d.regionCode())
			.param("address", d.address().strip())
			.param("lat", d.lat())
			.param("lon", d.lon())
			.param("workDate", d.workDate())
			.param("startTime", d.startTime())
			.param("endTime", d.endTime())
			.param("headcount", d.headcount())
			.param("instant", d.instantHire())
			.param("expiresAt", post.expiresAt() == null ? null : Timestamp.from(post.expiresAt()))
			.param("searchText", post.searchText())
			.query(Long.class)
			.single();
	}

	Optional<PostRecord> find(long id) {
		return this.jdbc
			.sql("select " + COLUMNS + ", null as distance_km, 0 as applicants from gig.post p where p.id = :id")
			.param("id", id)
			.query(PostRepository::map)
			.optional();
	}

	/** A post the public may see now. */
	Optional<PostRecord> findVisible(long id, Instant now, LocalDate today) {
		return this.jdbc
			.sql("select " + COLUMNS + ", null as distance_km, 0 as applicants from gig.post p where p.id = :id and "
					+ VISIBLE)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("today", today)
			.query(PostRepository::map)
			.optional();
	}

	/**
	 * The public search. With words, best text match first; else with a point, nearest
	 * first; else soonest work date first. The matches are counted in the page query (it
	 * finds every match anyway, to rank them); only a page past the last match needs a
	 * separate count.
	 * @param tsQuery the segmented query text (see ChineseSegmenter), or null for none
	 */
	PageResponse<PostRecord> search(PostSearch search, @Nullable String tsQuery, Instant now, LocalDate today,
			PageRequest page) {
		Where where = where(search, tsQuery, now, today);
		String distance = (search.radiusKm() != null)
				? "round((earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth(:lat, :lon)) / 1000)::numeric, 1)"
				: "null";
		String order = (tsQuery != null)
				? " order by ts_rank(p.search_text, to_tsquery('simple', :q)) desc, p.work_date, p.id desc"
				: (search.radiusKm() != null) ? " order by distance_km, p.id desc"
						: " order by p.work_date, p.created_at desc, p.id";
		long[] counted = { -1 };
		List<PostRecord> found = this.jdbc
			.sql("select " + COLUMNS + ", " + distance + " as distance_km, 0 as applicants, count(*) over () as matches"
					+ " from gig.post p " + where.sql() + order + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> {
				counted[0] = rs.getLong("matches");
				return map(rs, row);
			})
			.list();
		long total = (counted[0] >= 0) ? counted[0]
				: this.jdbc.sql("select count(*) from gig.post p " + where.sql())
					.params(where.params())
					.query(Long.class)
					.single();
		return new PageResponse<>(found, page.page(), page.size(), total);
	}

	/** The conditions of a search and the values they bind, built together. */
	record Where(String sql, Map<String, Object> params) {
	}

	static Where where(PostSearch search, @Nullable String tsQuery, Instant now, LocalDate today) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		conditions.add(VISIBLE);
		params.put("now", Timestamp.from(now));
		params.put("today", today);
		if (tsQuery != null) {
			conditions.add("p.search_text @@ to_tsquery('simple', :q)");
			params.put("q", tsQuery);
		}
		if (search.trade() != null && !search.trade().isBlank()) {
			conditions.add("p.trade = :trade");
			params.put("trade", search.trade().strip());
		}
		if (search.minHourlyFen() != null) {
			conditions.add("p.hourly_equivalent_fen >= :minHourly");
			params.put("minHourly", search.minHourlyFen());
		}
		if (search.from() != null) {
			conditions.add("p.work_date >= :from");
			params.put("from", search.from());
		}
		if (search.to() != null) {
			conditions.add("p.work_date <= :to");
			params.put("to", search.to());
		}
		Double radius = search.radiusKm();
		if (radius != null) {
			double lat = search.lat();
			double lon = search.lon();
			double metres = radius * 1000;
			params.put("lat", lat);
			params.put("lon", lon);
			params.put("metres", metres);
			// a latitude/longitude box around the circle, for the planner (real estimates
			// from the column statistics) and the post_open_place index, which it can
			// combine with the text index; the exact distance then trims its corners
			Area area = Area.around(lat, lon, metres);
			conditions.add("p.lat between :latMin and :latMax");
			params.put("latMin", area.latMin());
			params.put("latMax", area.latMax());
			if (area.boundsLongitude()) {
				conditions.add("p.lon between :lonMin and :lonMax");
				params.put("lonMin", area.lonMin());
				params.put("lonMax", area.lonMax());
			}
			conditions.add("earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth(:lat, :lon)) <= :metres");
		}
		return new Where("where " + String.join(" and ", conditions), params);
	}

	/**
	 * The latitudes and longitudes (degrees) of every point within {@code metres} of a
	 * point by {@code earth_distance} (great circle on the sphere of {@code earth()}'s
	 * radius), with a margin: a superset of the circle, never a cut of it. No longitude
	 * bounds when the circle reaches a pole or the 180th meridian.
	 */
	record Area(double latMin, double latMax, double lonMin, double lonMax) {

		/** {@code earth()} of the earthdistance extension, metres. */
		static final double EARTH_RADIUS = 6378168;

		boolean boundsLongitude() {
			return !Double.isNaN(this.lonMin);
		}

		static Area around(double lat, double lon, double metres) {
			// the angle at the centre, widened by a millionth and a little more against
			// rounding
			double angle = metres / EARTH_RADIUS * (1 + 1e-6) + 1e-9;
			double dLat = Math.toDegrees(angle);
			double latMin = lat - dLat;
			double latMax = lat + dLat;
			if (latMin <= -90 || latMax >= 90) {
				return new Area(latMin, latMax, Double.NaN, Double.NaN);
			}
			// the widest longitude on a circle of that angle around that latitude
			double dLon = Math.toDegrees(Math.asin(Math.min(1, Math.sin(angle) / Math.cos(Math.toRadians(lat)))))
					* (1 + 1e-6) + 1e-9;
			if (lon - dLon <= -180 || lon + dLon >= 180) {
				return new Area(latMin, latMax, Double.NaN, Double.NaN);
			}
			return new Area(latMin, latMax, lon - dLon, lon + dLon);
		}

	}

	List<PostRecord> byEmployer(long employerAccountId) {
		return this.jdbc.sql("select " + COLUMNS + """
				, null as distance_km,
				  (select count(*) from gig.application a where a.post_id = p.id) as applicants
				from gig.post p where p.employer_account_id = :employer order by p.created_at desc, p.id desc""")
			.param("employer", employerAccountId)
			.query(PostRepository::map)
			.list();
	}

	/** Staff moderation list: posts in the subtree, newest first, optionally by words. */
	PageResponse<PostRecord> withinScope(String scopePath, @Nullable String tsQuery, PageRequest page) {
		String where = " from gig.post p where p.org_path <@ cast(:scope as ltree)"
				+ (tsQuery == null ? "" : " and p.search_text @@ to_tsquery('simple', :q)");
		JdbcClient.StatementSpec items = this.jdbc.sql("select " + COLUMNS + """
				, null as distance_km, (select count(*) from gig.application a where a.post_id = p.id) as applicants
				""" + where + " order by p.created_at desc, p.id desc limit :limit offset :offset")
			.param("scope", scopePath)
			.param("limit", page.size())
			.param("offset", page.offset());
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*)" + where).param("scope", scopePath);
		if (tsQuery != null) {
			items = items.param("q", tsQuery);
			count = count.param("q", tsQuery);
		}
		return new PageResponse<>(items.query(PostRepository::map).list(), page.page(), page.size(),
				count.query(Long.class).single());
	}

	void forEachWithinScope(String scopePath, java.util.function.Consumer<PostRecord> action) {
		this.jdbc.sql("select " + COLUMNS + """
				, null as distance_km, (select count(*) from gig.application a where a.post_id = p.id) as applicants
				from gig.post p where p.org_path <@ cast(:scope as ltree) order by p.created_at desc, p.id desc""")
			.param("scope", scopePath)
			.query(PostRepository::map)
			.stream()
			.forEach(action);
	}

	boolean hide(long id, String reason) {
		return this.jdbc.sql("update gig.post set status = 'HIDDEN', hidden_reason = :reason where id = :id")
			.param("id", id)
			.param("reason", reason)
			.update() == 1;
	}

	boolean anyWithinScope(long employerAccountId, String scopePath) {
		return this.jdbc.sql("""
				select exists (select 1 from gig.post
				 where employer_account_id = :employer and org_path <@ cast(:scope as ltree))""")
			.param("employer", employerAccountId)
			.param("scope", scopePath)
			.query(Boolean.class)
			.single();
	}

	Optional<String> employerName(long employerAccountId) {
		return this.jdbc.sql("""
				select employer_name from gig.post where employer_account_id = :employer
				order by created_at desc limit 1""")
			.param("employer", employerAccountId)
			.query(String.class)
			.optional();
	}

	int rebase(String oldPath, String newPath) {
		return OrgPaths.rebase(this.jdbc, oldPath, newPath, "gig.post", "gig.unpaid_report", "gig.employer_block",
				"gig.job_fair");
	}

	static PostRecord map(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("required_level");
		Timestamp expires = rs.getTimestamp("expires_at");
		Object distance = rs.getObject("distance_km");
		return new PostRecord(rs.getLong("id"), rs.getLong("employer_account_id"), rs.getString("employer_name"),
				(Long) rs.getObject("employer_org_id"), rs.getString("credit_code"), rs.getString("org_path"),
				(Long) rs.getObject("site_id"), rs.getString("title"), rs.getString("trade"),
				rs.getString("description"), rs.getString("requirements"),
				level == null ? null : SkillLevel.valueOf(level), PayUnit.valueOf(rs.getString("pay_unit")),
				rs.getLong("pay_fen"), (Long) rs.getObject("estimated_hourly_fen"), rs.getLong("hourly_equivalent_fen"),
				rs.getBoolean("minimum_wage_checked"), rs.getString("region_code"), rs.getString("address"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getObject("work_date", LocalDate.class),
				rs.getObject("start_time", java.time.LocalTime.class),
				rs.getObject("end_time", java.time.LocalTime.class), rs.getInt("headcount"),
				rs.getBoolean("instant_hire"), expires == null ? null : expires.toInstant(),
				PostStatus.valueOf(rs.getString("status")), rs.getString("hidden_reason"),
				rs.getTimestamp("created_at").toInstant(), distance == null ? null : ((Number) distance).doubleValue(),
				rs.getInt("applicants"));
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
