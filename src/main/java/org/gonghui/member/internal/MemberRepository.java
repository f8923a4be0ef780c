package org.gonghui.member.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.member.MemberStatus;
import org.gonghui.member.SkillLevel;
import org.gonghui.shared.BusinessTime;
import org.gonghui.shared.crypto.PersonalDataCipher;
import org.gonghui.shared.ident.IdNumber.Gender;
import org.gonghui.shared.db.OrgPaths;

@Repository
class MemberRepository {

	private static final String COLUMNS = """
			id, name, id_number_masked, birth_date, gender, phone, org_id, org_path::text as org_path, employer,
			joined_on, status, occupation, skill_level, new_employment_form, version""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataCipher cipher;

	MemberRepository(JdbcClient jdbc, JdbcTemplate template, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.template = template;
		this.cipher = cipher;
	}

	Optional<MemberRecord> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from member.member where id = :id")
			.param("id", id)
			.query(MemberRepository::map)
			.optional();
	}

	Optional<MemberRecord> findByIdNumber(String idNumber) {
		return this.jdbc.sql("select " + COLUMNS + " from member.member where id_number_hash = :hash")
			.param("hash", this.cipher.hash(idNumber))
			.query(MemberRepository::map)
			.optional();
	}

	/** The lookup hash of a valid, normalised ID number, as stored in id_number_hash. */
	byte[] idNumberHash(String idNumber) {
		return this.cipher.hash(idNumber);
	}

	Optional<byte[]> storedIdNumberHash(long id) {
		return this.jdbc.sql("select id_number_hash from member.member where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	String idNumber(long id) {
		byte[] cipherText = this.jdbc.sql("select id_number_cipher from member.member where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.single();
		return this.cipher.decrypt(cipherText);
	}

	long insert(NewMember member) {
		return this.jdbc.sql("""
				insert into member.member (name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender,
				    phone, org_id, org_path, employer, joined_on, status, occupation, skill_level, new_employment_form)
				values (:name, :cipher, :hash, :masked, :birth, :gender, :phone, :orgId, cast(:orgPath as ltree),
				    :employer, :joined, 'ACTIVE', :occupation, :skill, :nef)
				returning id""")
			.param("name", member.name())
			.param("cipher", this.cipher.encrypt(member.idNumber().value()))
			.param("hash", this.cipher.hash(member.idNumber().value()))
			.param("masked", member.idNumber().masked())
			.param("birth", Date.valueOf(member.idNumber().birthDate()))
			.param("gender", member.idNumber().gender().name())
			.param("phone", member.phone())
			.param("orgId", member.orgId())
			.param("orgPath", member.orgPath())
			.param("employer", member.employer())
			.param("joined", Date.valueOf(member.joinedOn()))
			.param("occupation", member.occupation())
			.param("skill", member.skillLevel() == null ? null : member.skillLevel().name())
			.param("nef", member.newEmploymentForm())
			.query(Long.class)
			.single();
	}

	/**
	 * Writes many members in batches, for imports and demo data; returns their ids in
	 * order.
	 */
	List<Long> insertAll(List<NewMember> members, @Nullable Long actorId) {
		List<Long> ids = new ArrayList<>(members.size());
		int batch = 1000;
		for (int start = 0; start < members.size(); start += batch) {
			List<NewMember> slice = members.subList(start, Math.min(members.size(), start + batch));
			List<Long> sliceIds = this.jdbc.sql("select nextval('member.member_id_seq') from generate_series(1, :n)")
				.param("n", slice.size())
				.query(Long.class)
				.list();
			List<Object[]> rows = new ArrayList<>(slice.size());
			List<Object[]> events = new ArrayList<>(slice.size());
			for (int i = 0; i < slice.size(); i++) {
				NewMember member = slice.get(i);
				String id = member.idNumber().value();
				rows.add(new Object[] { sliceIds.get(i), member.name(), this.cipher.encrypt(id), this.cipher.hash(id),
						member.idNumber().masked(), Date.valueOf(member.idNumber().birthDate()),
						member.idNumber().gender().name(), member.phone(), member.orgId(), member.orgPath(),
						member.employer(), Date.valueOf(member.joinedOn()), member.occupation(),
						member.skillLevel() == null ? null : member.skillLevel().name(), member.newEmploymentForm() });
				events.add(new Object[] { sliceIds.get(i), member.orgId(), actorId });
			}
			this.template.batchUpdate("""
					insert into member.member (id, name, id_number_cipher, id_number_hash, id_number_masked, birth_date,
					    gender, phone, org_id, org_path, employer, joined_on, status, occupation, skill_level,
					    new_employment_form)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as ltree), ?, ?, 'ACTIVE', ?, ?, ?)""", rows);
			this.template.batchUpdate("""
					insert into member.membership_event (member_id, kind, to_org_id, actor_id)
					values (?, 'JOINED', ?, ?)""", events);
			ids.addAll(sliceIds);
		}
		return ids;
	}

	boolean update(MemberRecord member, int expectedVersion) {
		return this.jdbc.sql("""
				update member.member set name = :name, phone = :phone, employer = :employer, joined_on = :joined,
				       occupation = :occupation, skill_level = :skill, new_employment_form = :nef, status = :status,
				       org_id = :orgId, org_path = cast(:orgPath as ltree), version = version + 1, updated_at = now()
				where id = :id and version = :version""")
			.param("id", member.id())
			.param("version", expectedVersion)
			.param("name", member.name())
			.param("phone", member.phone())
			.param("employer", member.employer())
			.param("joined", Date.valueOf(member.joinedOn()))
			.param("occupation", member.occupation())
			.param("skill", member.skillLevel() == null ? null : member.skillLevel().name())
			.param("nef", member.newEmploymentForm())
			.param("status", member.status().name())
			.param("orgId", member.orgId())
			.param("orgPath", member.orgPath())
			.update() == 1;
	}

	void markStatus(long id, MemberStatus status) {
		this.jdbc.sql("update member.member set status = :status where id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	void recordEvent(long memberId, String kind, @Nullable Long fromOrgId, @Nullable Long toOrgId,
			@Nullable Long actorId, @Nullable String note) {
		this.jdbc.sql("""
				insert into member.membership_event (member_id, kind, from_org_id, to_org_id, actor_id, note)
				values (:member, :kind, :from, :to, :actor, :note)""")
			.param("member", memberId)
			.param("kind", kind)
			.param("from", fromOrgId)
			.param("to", toOrgId)
			.param("actor", actorId)
			.param("note", note)
			.update();
	}

	List<MembershipEvent> history(long memberId) {
		return this.jdbc.sql("""
				select kind, from_org_id, to_org_id, at, note from member.membership_event
				where member_id = :id order by at, id""")
			.param("id", memberId)
			.query((rs, row) -> new MembershipEvent(rs.getString("kind"), (Long) rs.getObject("from_org_id"),
					(Long) rs.getObject("to_org_id"), BusinessTime.local(rs.getTimestamp("at")), rs.getString("note")))
			.list();
	}

	/** Follows a moved subtree of the union tree. */
	int rebase(String oldPath, String newPath) {
		return OrgPaths.rebase(this.jdbc, oldPath, newPath, "member.member", "member.join_application");
	}

	static MemberRecord map(ResultSet rs, int row) throws SQLException {
		String skill = rs.getString("skill_level");
		return new MemberRecord(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_masked"),
				rs.getDate("birth_date").toLocalDate(), Gender.valueOf(rs.getString("gender")), rs.getString("phone"),
				rs.getLong("org_id"), rs.getString("org_path"), rs.getString("employer"),
				rs.getDate("joined_on").toLocalDate(), MemberStatus.valueOf(rs.getString("status")),
				rs.getString("occupation"), skill == null ? null : SkillLevel.valueOf(skill),
				rs.getBoolean("new_employment_form"), rs.getInt("version"));
	}

	record MembershipEvent(String kind, @Nullable Long fromOrgId, @Nullable Long toOrgId, java.time.LocalDateTime at,
			@Nullable String note) {
	}

}
