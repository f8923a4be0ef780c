package org.gonghui.org.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.org.Ownership;
import org.gonghui.shared.security.DataScope;

/** The union tree in SQL; subtrees are ltree {@code <@} queries on an indexed path. */
@Repository
class OrganisationRepository {

	static final String SELECT = """
			select o.id, o.name, o.type, o.parent_id, o.path::text as path, o.region_code, o.founded_on,
			       o.has_workers_congress, o.has_open_affairs, o.member_count, o.version,
			       e.id as e_id, e.name as e_name, e.credit_code, e.ownership, e.headcount
			from org.organisation o left join org.enterprise e on e.id = o.enterprise_id
			""";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OrgSummary> find(long id) {
		return this.jdbc.sql(SELECT + " where o.id = :id")
			.param("id", id)
			.query(OrganisationRepository::map)
			.optional();
	}

	/**
	 * The organisation if it lies inside {@code scope}; outside it is as if it did not
	 * exist.
	 */
	Optional<OrgSummary> findWithin(DataScope scope, long id) {
		return find(id).filter(org -> scope.contains(org.path()));
	}

	Optional<Integer> version(long id) {
		return this.jdbc.sql("select version from org.organisation where id = :id")
			.param("id", id)
			.query(Integer.class)
			.optional();
	}

	List<OrgSummary> children(long parentId) {
		return this.jdbc.sql(SELECT + " where o.parent_id = :id order by o.type, o.name")
			.param("id", parentId)
			.query(OrganisationRepository::map)
			.list();
	}

	/**
	 * The federation for a region code: of that exact region, else of its city, else of
	 * its province; the oldest where several share a region.
	 */
	Optional<OrgSummary> federationOf(String regionCode) {
		String city = regionCode.substring(0, 4) + "00";
		String province = regionCode.substring(0, 2) + "0000";
		return this.jdbc.sql(SELECT + """
				where o.type in ('NATIONAL_FEDERATION', 'PROVINCIAL_FEDERATION', 'CITY_FEDERATION', 'COUNTY_FEDERATION')
				  and o.region_code in (:county, :city, :province)
				order by case o.region_code when :county then 0 when :city then 1 else 2 end, o.id
				limit 1""")
			.param("county", regionCode)
			.param("city", city)
			.param("province", province)
			.query(OrganisationRepository::map)
			.optional();
	}

	List<OrgSummary> roots() {
		return this.jdbc.sql(SELECT + " where o.parent_id is null order by o.id")
			.query(OrganisationRepository::map)
			.list();
	}

	List<OrgSummary> search(DataScope scope, @Nullable String text, @Nullable OrgType type, int limit, long offset) {
		return this.jdbc.sql(SELECT + """
				where o.path <@ cast(:path as ltree)
				  and (cast(:text as text) is null or o.name like '%' || cast(:text as text) || '%')
				  and (cast(:type as text) is null or o.type = cast(:type as text))
				order by o.path limit :limit offset :offset""")
			.param("path", scope.path())
			.param("text", text)
			.param("type", type == null ? null : type.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(OrganisationRepository::map)
			.list();
	}

	long count(DataScope scope, @Nullable String text, @Nullable OrgType type) {
		return this.jdbc.sql("""
				select count(*) from org.organisation o
				 where o.path <@ cast(:path as ltree)
				   and (cast(:text as text) is null or o.name like '%' || cast(:text as text) || '%')
				   and (cast(:type as text) is null or o.type = cast(:type as text))""")
			.param("path", scope.path())
			.param("text", text)
			.param("type", type == null ? null : type.name())
			.query(Long.class)
			.single();
	}

	List<OrgSummary> grassrootsNamed(String text, int limit) {
		return this.jdbc.sql(SELECT
				+ " where o.type = 'GRASSROOTS_UNION' and o.name like '%' || :text || '%' order by o.name limit :limit")
			.param("text", text)
			.param("limit", limit)
			.query(OrganisationRepository::map)
			.list();
	}

	List<OrgSummary> namedWithin(DataScope scope, Collection<String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		// "C": only the btree organisation_name_c has it, so the trigram index (which
		// also
		// answers equality, slowly for names sharing most trigrams) is never chosen
		return this.jdbc.sql(SELECT + " where o.path <@ cast(:path as ltree) and o.name collate \"C\" in (:names)")
			.param("path", scope.path())
			.param("names", names)
			.query(OrganisationRepository::map)
			.list();
	}

	boolean creditCodeTaken(String creditCode, @Nullable Long exceptEnterpriseId) {
		return this.jdbc.sql("select exists(select 1 from org.enterprise where credit_code = :code and id <> :except)")
			.param("code", creditCode)
			.param("except", exceptEnterpriseId == null ? -1L : exceptEnterpriseId)
			.query(Boolean.class)
			.single();
	}

	long insertEnterprise(String name, String creditCode, Ownership ownership, int headcount, String regionCode) {
		return this.jdbc.sql("""
				insert into org.enterprise (name, credit_code, ownership, headcount, region_code)
				values (:name, :code, :ownership, :headcount, :region) returning id""")
			.param("name", name)
			.param("code", creditCode)
			.param("ownership", ownership.name())
			.param("headcount", headcount)
			.param("region", regionCode)
			.query(Long.class)
			.single();
	}

	void updateEnterprise(long id, String name, String creditCode, Ownership ownership, int headcount,
			String regionCode) {
		this.jdbc.sql("""
				update org.enterprise set name = :name, credit_code = :code, ownership = :ownership,
				       headcount = :headcount, region_code = :region where id = :id""")
			.param("id", id)
			.param("name", name)
			.param("code", creditCode)
			.param("ownership", ownership.name())
			.param("headcount", headcount)
			.param("region", regionCode)
			.update();
	}

	long insert(String name, OrgType type, @Nullable OrgSummary parent, String regionCode, @Nullable Long enterpriseId,
			@Nullable LocalDate foundedOn, boolean congress, boolean openAffairs) {
		long id = this.jdbc.sql("select nextval('org.organisation_id_seq')").query(Long.class).single();
		String path = parent == null ? String.valueOf(id) : parent.path() + "." + id;
		this.jdbc
			.sql("""
					insert into org.organisation (id, name, type, parent_id, path, region_code, enterprise_id, founded_on,
					                              has_workers_congress, has_open_affairs)
					values (:id, :name, :type, :parent, cast(:path as ltree), :region, :enterprise, :founded, :congress, :open)""")
			.param("id", id)
			.param("name", name)
			.param("type", type.name())
			.param("parent", parent == null ? null : parent.id())
			.param("path", path)
			.param("region", regionCode)
			.param("enterprise", enterpriseId)
			.param("founded", foundedOn == null ? null : Date.valueOf(foundedOn))
			.param("congress", congress)
			.param("open", openAffairs)
			.update();
		return id;
	}

	/**
	 * Updates the fields of one organisation if nobody changed it since {@code version}
	 * was read.
	 */
	boolean update(long id, int version, String name, String regionCode, @Nullable LocalDate foundedOn,
			boolean congress, boolean openAffairs) {
		return this.jdbc.sql("""
				update org.organisation set name = :name, region_code = :region, founded_on = :founded,
				       has_workers_congress = :congress, has_open_affairs = :open, version = version + 1,
				       updated_at = now()
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.param("name", name)
			.param("region", regionCode)
			.param("founded", foundedOn == null ? null : Date.valueOf(foundedOn))
			.param("congress", congress)
			.param("open", openAffairs)
			.update() == 1;
	}

	/** Re-roots the subtree at {@code oldPath} under {@code newParent}. */
	void move(long id, String oldPath, OrgSummary newParent) {
		this.jdbc.sql("""
				update org.organisation
				   set path = cast(:parentPath as ltree) || subpath(path, nlevel(cast(:oldPath as ltree)) - 1),
				       updated_at = now()
				 where path <@ cast(:oldPath as ltree)""")
			.param("parentPath", newParent.path())
			.param("oldPath", oldPath)
			.update();
		this.jdbc.sql("update org.organisation set parent_id = :parent, version = version + 1 where id = :id")
			.param("parent", newParent.id())
			.param("id", id)
			.update();
	}

	/** Adds each delta to its organisation's member count, locking rows in id order. */
	void adjustMemberCounts(long[] ids, int[] deltas) {
		this.jdbc.sql("""
				update org.organisation o
				   set member_count = greatest(0, o.member_count + d.delta)
				  from unnest(cast(:ids as bigint[]), cast(:deltas as integer[])) as d(id, delta)
				 where o.id = d.id""")
			.param("ids", java.util.Arrays.toString(ids).replace('[', '{').replace(']', '}'))
			.param("deltas", java.util.Arrays.toString(deltas).replace('[', '{').replace(']', '}'))
			.update();
	}

	static OrgSummary map(ResultSet rs, int row) throws SQLException {
		Date founded = rs.getDate("founded_on");
		long enterpriseId = rs.getLong("e_id");
		OrgSummary.Employer employer = rs.wasNull() ? null
				: new OrgSummary.Employer(enterpriseId, rs.getString("e_name"), rs.getString("credit_code"),
						Ownership.valueOf(rs.getString("ownership")), rs.getInt("headcount"));
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new OrgSummary(rs.getLong("id"), rs.getString("name"), OrgType.valueOf(rs.getString("type")), parentId,
				rs.getString("path"), rs.getString("region_code"), founded == null ? null : founded.toLocalDate(),
				rs.getBoolean("has_workers_congress"), rs.getBoolean("has_open_affairs"), employer,
				rs.getInt("member_count"));
	}

}
