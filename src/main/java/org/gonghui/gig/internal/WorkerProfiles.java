package org.gonghui.gig.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.gig.WorkerProfileDraft;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.web.GonghuiException;

/** Job seekers' profiles (求职登记), one per worker account. */
@Service
class WorkerProfiles {

	private final JdbcClient jdbc;

	WorkerProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Profile(long accountId, String name, @Nullable String phone, List<String> trades, List<String> skills,
			@Nullable SkillLevel skillLevel, List<String> areas, @Nullable Double lat, @Nullable Double lon,
			Set<Integer> availableDays, LocalTime availableFrom, LocalTime availableUntil) {
	}

	@Transactional
	Profile save(long accountId, WorkerProfileDraft draft) {
		if (!draft.availableUntil().isAfter(draft.availableFrom())) {
			throw GonghuiException.invalidField("availableUntil", "gig.profile.hours");
		}
		if (draft.availableDays().stream().anyMatch(d -> d < 1 || d > 7)) {
			throw GonghuiException.invalidField("availableDays", "gig.profile.days-invalid");
		}
		if ((draft.lat() == null) != (draft.lon() == null)) {
			throw GonghuiException.invalidField("lat", "gig.search.point-incomplete");
		}
		if (draft.areas().stream().anyMatch(a -> !a.matches("\\d{6}"))) {
			throw GonghuiException.invalidField("areas", "gig.profile.areas-invalid");
		}
		String phone = null;
		if (draft.phone() != null && !draft.phone().isBlank()) {
			phone = MobileNumber.normalise(draft.phone())
				.orElseThrow(() -> GonghuiException.invalidField("phone", "gig.profile.phone"));
		}
		this.jdbc.sql("""
				insert into gig.worker_profile (account_id, name, phone, trades, skills, skill_level, areas, lat, lon,
				    available_days, available_from, available_until)
				values (:account, :name, :phone, :trades, :skills, :level, :areas, :lat, :lon, :days, :from, :until)
				on conflict (account_id) do update set name = excluded.name, phone = excluded.phone,
				    trades = excluded.trades, skills = excluded.skills, skill_level = excluded.skill_level,
				    areas = excluded.areas, lat = excluded.lat, lon = excluded.lon,
				    available_days = excluded.available_days, available_from = excluded.available_from,
				    available_until = excluded.available_until, updated_at = now()""")
			.param("account", accountId)
			.param("name", draft.name().strip())
			.param("phone", phone)
			.param("trades", draft.trades().stream().map(String::strip).distinct().toArray(String[]::new))
			.param("skills", draft.skills().stream().map(String::strip).distinct().toArray(String[]::new))
			.param("level", draft.skillLevel() == null ? null : draft.skillLevel().name())
			.param("areas", draft.areas().toArray(String[]::new))
			.param("lat", draft.lat())
			.param("lon", draft.lon())
			.param("days", new TreeSet<>(draft.availableDays()).stream().mapToInt(Integer::intValue).toArray())
			.param("from", draft.availableFrom())
			.param("until", draft.availableUntil())
			.update();
		return find(accountId).orElseThrow();
	}

	Optional<Profile> find(long accountId) {
		return this.jdbc.sql("select * from gig.worker_profile where account_id = :account")
			.param("account", accountId)
			.query(WorkerProfiles::map)
			.optional();
	}

	Map<Long, Profile> findAll(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select * from gig.worker_profile where account_id in (:ids)")
			.param("ids", accountIds)
			.query(WorkerProfiles::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Profile::accountId, Function.identity()));
	}

	private static Profile map(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("skill_level");
		return new Profile(rs.getLong("account_id"), rs.getString("name"), rs.getString("phone"),
				strings(rs.getArray("trades")), strings(rs.getArray("skills")),
				level == null ? null : SkillLevel.valueOf(level), strings(rs.getArray("areas")),
				(Double) rs.getObject("lat"), (Double) rs.getObject("lon"),
				Set.copyOf(Arrays.asList((Integer[]) rs.getArray("available_days").getArray())),
				rs.getObject("available_from", LocalTime.class), rs.getObject("available_until", LocalTime.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

}
