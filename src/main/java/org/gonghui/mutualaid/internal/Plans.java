package org.gonghui.mutualaid.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.mutualaid.CoveredDisease;
import org.gonghui.mutualaid.DiseaseList;
import org.gonghui.mutualaid.PlanKind;
import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.db.OrgPaths;

/** The plans and their yearly terms. */
@Repository("mutualAidPlans")
class Plans {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PLAN = "select id, name, kind, description, org_id, org_path::text as org_path from mutualaid.plan ";

	private final JdbcClient jdbc;

	Plans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, PlanKind kind, @Nullable String description, long orgId, String orgPath) {
		return this.jdbc.sql("""
				insert into mutualaid.plan (name, kind, description, org_id, org_path)
				values (:name, :kind, :description, :orgId, cast(:path as ltree)) returning id""")
			.param("name", name)
			.param("kind", kind.name())
			.param("description", description)
			.param("orgId", orgId)
			.param("path", orgPath)
			.query(Long.class)
			.single();
	}

	Optional<PlanRecord> find(long id) {
		return this.jdbc.sql(PLAN + "where id = :id").param("id", id).query(Plans::plan).optional();
	}

	/**
	 * Plans a staff member at {@code scopePath} deals with: kept at or above the scope
	 * (which its organisations enrol in) or inside it.
	 */
	List<PlanRecord> visibleFrom(String scopePath) {
		return this.jdbc
			.sql(PLAN + "where org_path @> cast(:path as ltree) or org_path <@ cast(:path as ltree) order by id")
			.param("path", scopePath)
			.query(Plans::plan)
			.list();
	}

	List<Long> keptBy(long orgId) {
		return this.jdbc.sql("select id from mutualaid.plan where org_id = :org order by id")
			.param("org", orgId)
			.query(Long.class)
			.list();
	}

	void rebase(String oldPath, String newPath) {
		OrgPaths.rebase(this.jdbc, oldPath, newPath, "mutualaid.plan", "mutualaid.enrolment", "mutualaid.claim");
	}

	void saveTerms(long planId, int year, PlanTerms terms) {
		DiseaseList list = terms.coveredDiseases();
		this.jdbc
			.sql("""
					insert into mutualaid.plan_terms (plan_id, year, premium_fen, exclusion_days, reduced_payout_until,
					    reduced_payout_bp, deductible_fen, payout_ratio_bp, yearly_cap_fen, continuity_grace_days,
					    disease_list_name, diseases)
					values (:plan, :year, :premium, :exclusion, :reducedUntil, :reducedBp, :deductible, :ratio, :cap, :grace,
					    :listName, cast(:diseases as jsonb))
					on conflict (plan_id, year) do update set premium_fen = excluded.premium_fen,
					    exclusion_days = excluded.exclusion_days, reduced_payout_until = excluded.reduced_payout_until,
					    reduced_payout_bp = excluded.reduced_payout_bp, deductible_fen = excluded.deductible_fen,
					    payout_ratio_bp = excluded.payout_ratio_bp, yearly_cap_fen = excluded.yearly_cap_fen,
					    continuity_grace_days = excluded.continuity_grace_days,
					    disease_list_name = excluded.disease_list_name, diseases = excluded.diseases""")
			.param("plan", planId)
			.param("year", year)
			.param("premium", terms.premiumPerMemberPerYear().fen())
			.param("exclusion", terms.exclusionDays())
			.param("reducedUntil", terms.reducedPayoutUntilDay())
			.param("reducedBp", terms.reducedPayoutFactor().basisPoints())
			.param("deductible", terms.deductible().fen())
			.param("ratio", terms.payoutRatio().basisPoints())
			.param("cap", terms.yearlyCapPerMember().fen())
			.param("grace", terms.continuityGraceDays())
			.param("listName", list == null ? null : list.name())
			.param("diseases", list == null ? null : diseasesJson(list.diseases()))
			.update();
	}

	Optional<YearTerms> terms(long planId, int year) {
		return this.jdbc.sql(TERMS + "where plan_id = :plan and year = :year")
			.param("plan", planId)
			.param("year", year)
			.query(Plans::terms)
			.optional();
	}

	List<YearTerms> allTerms(long planId) {
		return this.jdbc.sql(TERMS + "where plan_id = :plan order by year desc")
			.param("plan", planId)
			.query(Plans::terms)
			.list();
	}

	private static final String TERMS = """
			select plan_id, year, premium_fen, exclusion_days, reduced_payout_until, reduced_payout_bp, deductible_fen,
			       payout_ratio_bp, yearly_cap_fen, continuity_grace_days, disease_list_name, diseases::text as diseases
			from mutualaid.plan_terms\s""";

	private static PlanRecord plan(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PlanRecord(rs.getLong("id"), rs.getString("name"), PlanKind.valueOf(rs.getString("kind")),
				rs.getString("description"), rs.getLong("org_id"), rs.getString("org_path"));
	}

	private static YearTerms terms(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String listName = rs.getString("disease_list_name");
		String diseases = rs.getString("diseases");
		DiseaseList list = listName == null || diseases == null ? null
				: new DiseaseList(listName, parseDiseases(diseases));
		PlanTerms terms = new PlanTerms(Money.ofFen(rs.getLong("premium_fen")), rs.getInt("exclusion_days"),
				rs.getInt("reduced_payout_until"), new Ratio(rs.getInt("reduced_payout_bp")), list,
				Money.ofFen(rs.getLong("deductible_fen")), new Ratio(rs.getInt("payout_ratio_bp")),
				Money.ofFen(rs.getLong("yearly_cap_fen")), rs.getInt("continuity_grace_days"));
		return new YearTerms(rs.getLong("plan_id"), rs.getInt("year"), terms);
	}

	static String diseasesJson(List<CoveredDisease> diseases) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (CoveredDisease disease : diseases) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("code", disease.code());
			row.put("name", disease.name());
			rows.add(row);
		}
		return JSON.writeValueAsString(rows);
	}

	static List<CoveredDisease> parseDiseases(String json) {
		List<Map<String, String>> rows = JSON.readValue(json, new TypeReference<List<Map<String, String>>>() {
		});
		return rows.stream().map(row -> new CoveredDisease(row.get("code"), row.get("name"))).toList();
	}

}
