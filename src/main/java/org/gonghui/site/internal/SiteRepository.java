package org.gonghui.site.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;
import org.gonghui.site.Facility;
import org.gonghui.site.OpeningHours;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteType;
import org.gonghui.shared.db.OrgPaths;

@Repository
class SiteRepository {

	private static final String COLUMNS = """
			id, name, types, org_id, org_path::text as org_path, address, region_code, lat, lon, facilities, hours,
			phone, honours, description, status, version""";

	/**
	 * Open at the searched moment: a stretch that started today or yesterday covers it,
	 * from the regular hours unless that day has its own (see {@link HoursColumns}).
	 */
	private static final String OPEN_NOW = """
			((not exception_days @> cast(:today as date) and weekly_minutes @> cast(:todayMinute as integer))
			 or (not exception_days @> cast(:yesterday as date) and weekly_minutes @> cast(:yesterdayMinute as integer))
			 or exception_open @> cast(:localNow as timestamp))""";

	private final JdbcClient jdbc;

	SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SiteRecord> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from site.site where id = :id")
			.param("id", id)
			.query(SiteRepository::map)
			.optional();
	}

	long insert(SiteRecord site) {
		return this.jdbc
			.sql("""
					insert into site.site (name, types, org_id, org_path, address, region_code, lat, lon, position,
					    facilities, hours, weekly_minutes, exception_days, exception_open, phone, honours, description, status)
					values (:name, :types, :orgId, cast(:orgPath as ltree), :address, :region, :lat, :lon, ll_to_earth(:lat, :lon),
					    :facilities, :hours, cast(:weekly as int4multirange), cast(:days as datemultirange),
					    cast(:open as tsmultirange), :phone, :honours, :description, :status)
					returning id""")
			.params(params(site))
			.query(Long.class)
			.single();
	}

	boolean update(SiteRecord site) {
		return this.jdbc
			.sql("""
					update site.site set name = :name, types = :types, org_id = :orgId, org_path = cast(:orgPath as ltree),
					       address = :address, region_code = :region, lat = :lat, lon = :lon, position = ll_to_earth(:lat, :lon),
					       facilities = :facilities, hours = :hours, weekly_minutes = cast(:weekly as int4multirange),
					       exception_days = cast(:days as datemultirange), exception_open = cast(:open as tsmultirange),
					       phone = :phone, honours = :honours, description = :description, status = :status,
					       version = version + 1, updated_at = now()
					where id = :id and version = :version""")
			.params(params(site))
			.update() == 1;
	}

	private static java.util.Map<String, @Nullable Object> params(SiteRecord site) {
		java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
		p.put("id", site.id());
		p.put("version", site.version());
		p.put("name", site.name());
		p.put("types", names(site.types()));
		p.put("orgId", site.orgId());
		p.put("orgPath", site.orgPath());
		p.put("address", site.address());
		p.put("region", site.regionCode());
		p.put("lat", site.location().lat());
		p.put("lon", site.location().lon());
		p.put("facilities", names(site.facilities()));
		p.put("hours", site.hours().toText());
		p.put("weekly", HoursColumns.weeklyMinutes(site.hours()));
		p.put("days", HoursColumns.exceptionDays(site.hours()));
		p.put("open", HoursColumns.exceptionOpen(site.hours()));
		p.put("phone", site.phone());
		p.put("honours", site.honours().toArray(String[]::new));
		p.put("description", site.description());
		p.put("status", site.status().name());
		return p;
	}

	/** The public search; see {@link SiteQuery}. */
	List<SiteHit> search(SiteQuery query) {
		StringBuilder where = new StringBuilder("status = 'ACTIVE'");
		java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
		if (!query.facilities().isEmpty()) {
			where.append(" and facilities @> cast(:facilities as text[])");
			p.put("facilities", names(query.facilities()));
		}
		if (!query.types().isEmpty()) {
			where.append(" and types && cast(:types as text[])");
			p.put("types", names(query.types()));
		}
		if (query.region() != null && !query.region().isBlank()) {
			where.append(" and region_code like :region");
			p.put("region", regionPrefix(query.region()) + "%");
		}
		if (query.openNow()) {
			where.append(" and ").append(OPEN_NOW);
			HoursColumns.Moment moment = HoursColumns.Moment.of(query.at());
			p.put("today", moment.today());
			p.put("yesterday", moment.yesterday());
			p.put("todayMinute", moment.todayMinute());
			p.put("yesterdayMinute", moment.yesterdayMinute());
			p.put("localNow", moment.local());
		}
		p.put("limit", query.limit());
		GeoPoint near = query.near();
		String sql;
		if (near != null) {
			p.put("lat", near.lat());
			p.put("lon", near.lon());
			// the index orders by chord length through the earth, which ranks as the
			// great
			// circle does; the distance shown is the great circle, as everywhere else
			sql = "select " + COLUMNS + " from site.site where " + where
					+ " order by position <-> ll_to_earth(:lat, :lon) limit :limit";
		}
		else {
			sql = "select " + COLUMNS + " from site.site where " + where
					+ " order by region_code, name, id limit :limit";
		}
		return this.jdbc.sql(sql)
			.params(p)
			.query(SiteRepository::map)
			.list()
			.stream()
			.map(site -> new SiteHit(site, near == null ? null : near.distanceTo(site.location())))
			.toList();
	}

	PageResponse<SiteRecord> page(SiteFilter filter, PageRequest page) {
		java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
		String where = where(filter, p);
		long total = this.jdbc.sql("select count(*) from site.site where " + where)
			.params(p)
			.query(Long.class)
			.single();
		p.put("limit", page.size());
		p.put("offset", page.offset());
		List<SiteRecord> items = this.jdbc
			.sql("select " + COLUMNS + " from site.site where " + where
					+ " order by region_code, name, id limit :limit offset :offset")
			.params(p)
			.query(SiteRepository::map)
			.list();
		return new PageResponse<>(items, page.page(), page.size(), total);
	}

	/** Every site the filter matches, read as the consumer goes, for exports. */
	void forEach(SiteFilter filter, Consumer<SiteRecord> consumer) {
		java.util.Map<String, @Nullable Object> p = new java.util.HashMap<>();
		String where = where(filter, p);
		try (var rows = this.jdbc
			.sql("select " + COLUMNS + " from site.site where " + where + " order by region_code, name, id")
			.params(p)
			.query(SiteRepository::map)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static String where(SiteFilter filter, java.util.Map<String, @Nullable Object> p) {
		StringBuilder where = new StringBuilder("org_path <@ cast(:scope as ltree)");
		p.put("scope", filter.orgPath());
		if (filter.name() != null && !filter.name().isBlank()) {
			where.append(" and name ilike :name");
			p.put("name",
					"%" + filter.name().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.type() != null) {
			where.append(" and types @> cast(:type as text[])");
			p.put("type", new String[] { filter.type().name() });
		}
		if (filter.status() != null) {
			where.append(" and status = :status");
			p.put("status", filter.status().name());
		}
		if (filter.region() != null && !filter.region().isBlank()) {
			where.append(" and region_code like :region");
			p.put("region", regionPrefix(filter.region()) + "%");
		}
		return where.toString();
	}

	/**
	 * Active sites of two kinds per region code, under {@code orgPath} and in regions
	 * starting with {@code regionPrefix}.
	 */
	List<RegionCount> coverage(String orgPath, String regionPrefix) {
		return this.jdbc.sql("""
				select region_code,
				       count(*) filter (where types @> array['CULTURAL_PALACE']) as palaces,
				       count(*) filter (where types @> array['WORKER_HOME']) as homes,
				       count(*) as sites
				from site.site
				where status = 'ACTIVE' and org_path <@ cast(:scope as ltree) and region_code like :region
				group by region_code""")
			.param("scope", orgPath)
			.param("region", regionPrefix + "%")
			.query((rs, row) -> new RegionCount(rs.getString("region_code"), rs.getInt("palaces"), rs.getInt("homes"),
					rs.getInt("sites")))
			.list();
	}

	record RegionCount(String regionCode, int palaces, int homes, int sites) {
	}

	List<SiteRecord> gigMarketStations(String regionPrefix) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from site.site where status = 'ACTIVE' and types @> array['GIG_MARKET_STATION']"
					+ " and region_code like :region order by name, id")
			.param("region", regionPrefix + "%")
			.query(SiteRepository::map)
			.list();
	}

	long addPhoto(long siteId, String contentType, byte[] bytes, @Nullable String caption) {
		return this.jdbc.sql("""
				insert into site.photo (site_id, content_type, bytes, size, caption)
				values (:site, :type, :bytes, :size, :caption) returning id""")
			.param("site", siteId)
			.param("type", contentType)
			.param("bytes", bytes)
			.param("size", bytes.length)
			.param("caption", caption)
			.query(Long.class)
			.single();
	}

	int photoCount(long siteId) {
		return this.jdbc.sql("select count(*) from site.photo where site_id = :site")
			.param("site", siteId)
			.query(Integer.class)
			.single();
	}

	List<Long> photoIds(long siteId) {
		return this.jdbc.sql("select id from site.photo where site_id = :site order by id")
			.param("site", siteId)
			.query(Long.class)
			.list();
	}

	Optional<Photo> photo(long siteId, long photoId) {
		return this.jdbc.sql("select content_type, bytes from site.photo where id = :id and site_id = :site")
			.param("id", photoId)
			.param("site", siteId)
			.query((rs, row) -> new Photo(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	boolean deletePhoto(long siteId, long photoId) {
		return this.jdbc.sql("delete from site.photo where id = :id and site_id = :site")
			.param("id", photoId)
			.param("site", siteId)
			.update() == 1;
	}

	record Photo(String contentType, byte[] bytes) {
	}

	/** Follows a moved subtree of the union tree. */
	int rebase(String oldPath, String newPath) {
		return OrgPaths.rebase(this.jdbc, oldPath, newPath, "site.site");
	}

	/** Digits only, so a region parameter cannot carry LIKE wildcards. */
	static String regionPrefix(String region) {
		String digits = region.strip();
		if (!digits.matches("\\d{1,6}")) {
			return "-";
		}
		// 420600 names the city: its counties are 4206xx
		return digits.replaceAll("(00)+$", "");
	}

	private static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	static SiteRecord map(ResultSet rs, int row) throws SQLException {
		return new SiteRecord(rs.getLong("id"), rs.getString("name"), enums(rs.getArray("types"), SiteType.class),
				rs.getLong("org_id"), rs.getString("org_path"), rs.getString("address"), rs.getString("region_code"),
				new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
				enums(rs.getArray("facilities"), Facility.class), OpeningHours.parse(rs.getString("hours")),
				rs.getString("phone"), strings(rs.getArray("honours")), rs.getString("description"),
				SiteStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : strings(array)) {
			values.add(Enum.valueOf(type, name));
		}
		return values;
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

}
