package org.gonghui.competition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entries (报名) and who is in which round. */
@Repository
class EntryRepository {

	private final JdbcClient jdbc;

	EntryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewEntry entry) {
		return this.jdbc.sql("""
				insert into competition.entry (contest_id, member_id, account_id, name, id_number_masked,
				    employer_org_id, employer_name, org_path, team_name, description, nominated_by, status,
				    ineligibility)
				values (:contest, :member, :account, :name, :masked, :employer, :employerName, cast(:path as ltree),
				    :team, :description, :nominatedBy, 'PENDING', cast(:reasons as text[]))
				on conflict (contest_id, member_id) where status <> 'REJECTED' do nothing
				returning id""")
			.param("contest", entry.contestId())
			.param("member", entry.memberId())
			.param("account", entry.accountId())
			.param("name", entry.name())
			.param("masked", entry.idNumberMasked())
			.param("employer", entry.employerOrgId())
			.param("employerName", entry.employerName())
			.param("path", entry.orgPath())
			.param("team", entry.teamName())
			.param("description", entry.description())
			.param("nominatedBy", entry.nominatedBy())
			.param("reasons", ContestRepository.textArray(entry.ineligibility()))
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * Puts a member on an entry; false if they are already on another active (not
	 * rejected) entry of the contest (the database's unique index decides, so concurrent
	 * sign-ups cannot both win).
	 */
	boolean insertMember(long entryId, long contestId, int position, NewMember member) {
		return this.jdbc.sql("""
				insert into competition.entry_member (entry_id, contest_id, member_id, position, captain, name,
				    id_number_masked, employer_org_id, employer_name, org_path, ineligibility)
				values (:entry, :contest, :member, :position, :captain, :name, :masked, :employer, :employerName,
				    cast(:path as ltree), cast(:reasons as text[]))
				on conflict (contest_id, member_id) where active do nothing""")
			.param("entry", entryId)
			.param("contest", contestId)
			.param("member", member.memberId())
			.param("position", position)
			.param("captain", position == 1)
			.param("name", member.name())
			.param("masked", member.idNumberMasked())
			.param("employer", member.employerOrgId())
			.param("employerName", member.employerName())
			.param("path", member.orgPath())
			.param("reasons", ContestRepository.textArray(member.ineligibility()))
			.update() > 0;
	}

	Optional<StoredEntry> find(long id) {
		return withMembers(
				this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(EntryRepository::entry).list())
			.stream()
			.findFirst();
	}

	Optional<StoredEntry> findForUpdate(long id) {
		return withMembers(this.jdbc.sql(SELECT + " where id = :id for update")
			.param("id", id)
			.query(EntryRepository::entry)
			.list()).stream().findFirst();
	}

	/**
	 * Fills in who is on each entry and whom its captain has invited and who has not yet
	 * answered, in two queries.
	 */
	private List<StoredEntry> withMembers(List<StoredEntry> entries) {
		if (entries.isEmpty()) {
			return entries;
		}
		Long[] ids = entries.stream().map(StoredEntry::id).toArray(Long[]::new);
		Map<Long, List<EntryMember>> byEntry = new HashMap<>();
		this.jdbc.sql("""
				select entry_id, member_id, position, captain, name, id_number_masked, employer_org_id, employer_name,
				       ineligibility
				from competition.entry_member where entry_id = any(:ids) order by entry_id, position""")
			.param("ids", ids)
			.query((rs) -> {
				byEntry.computeIfAbsent(rs.getLong("entry_id"), (id) -> new ArrayList<>())
					.add(new EntryMember(rs.getLong("member_id"), rs.getInt("position"), rs.getBoolean("captain"),
							rs.getString("name"), rs.getString("id_number_masked"), rs.getLong("employer_org_id"),
							rs.getString("employer_name"), ContestRepository.strings(rs.getArray("ineligibility"))));
			});
		Map<Long, List<PendingInvitation>> invited = new HashMap<>();
		this.jdbc.sql("""
				select id, entry_id, name, id_number_masked, invited_at from competition.entry_invitation
				where entry_id = any(:ids) and status = 'PENDING' order by entry_id, id""")
			.param("ids", ids)
			.query((rs) -> {
				invited.computeIfAbsent(rs.getLong("entry_id"), (id) -> new ArrayList<>())
					.add(new PendingInvitation(rs.getLong("id"), rs.getString("name"), rs.getString("id_number_masked"),
							rs.getTimestamp("invited_at").toInstant()));
			});
		return entries.stream()
			.map((entry) -> entry.withMembers(byEntry.getOrDefault(entry.id(), List.of()),
					invited.getOrDefault(entry.id(), List.of())))
			.toList();
	}

	/** Takes a member off a team still waiting for a decision; false if not on it. */
	boolean removeMember(long entryId, long memberId) {
		return this.jdbc.sql("delete from competition.entry_member where entry_id = :entry and member_id = :member")
			.param("entry", entryId)
			.param("member", memberId)
			.update() > 0;
	}

	/** Sets the entry's reasons (message keys), as its members' reasons together. */
	void setIneligibility(long entryId, List<String> reasons) {
		this.jdbc.sql("update competition.entry set ineligibility = cast(:reasons as text[]) where id = :id")
			.param("reasons", ContestRepository.textArray(reasons))
			.param("id", entryId)
			.update();
	}

	List<StoredEntry> ofContest(long contestId, @Nullable EntryStatus status) {
		return withMembers(this.jdbc.sql(SELECT + """
				 where contest_id = :contest and (cast(:status as text) is null or status = :status)
				order by length(number) nulls last, number, signed_up_at, id""")
			.param("contest", contestId)
			.param("status", status == null ? null : status.name())
			.query(EntryRepository::entry)
			.list());
	}

	/**
	 * A worker's entries: those of the member the account is linked to (signed up,
	 * nominated or on a team); none without a link, so an account staff unlinked no
	 * longer reads the entries it made while it was linked.
	 */
	List<StoredEntry> ofWorker(long accountId, @Nullable Long memberId) {
		if (memberId == null) {
			return List.of();
		}
		return withMembers(this.jdbc.sql(SELECT + """
				 where (cast(:member as bigint) is null and account_id = :account) or member_id = :member
				    or id in (select entry_id from competition.entry_member where member_id = :member)
				order by signed_up_at desc""")
			.param("account", accountId)
			.param("member", memberId)
			.query(EntryRepository::entry)
			.list());
	}

	/** The next number in a contest: three digits, in order of acceptance. */
	String nextNumber(long contestId) {
		int taken = this.jdbc
			.sql("select count(*) from competition.entry where contest_id = :contest and number is not null")
			.param("contest", contestId)
			.query(Integer.class)
			.single();
		return String.format("%03d", taken + 1);
	}

	void accept(long entryId, String number) {
		this.jdbc.sql("""
				update competition.entry set status = 'ACCEPTED', number = :number, reason = null, decided_at = now(),
				       version = version + 1 where id = :id""").param("number", number).param("id", entryId).update();
	}

	/** Rejects an entry; its members are free to enter the contest again. */
	void reject(long entryId, String reason) {
		this.jdbc.sql("""
				update competition.entry set status = 'REJECTED', reason = :reason, decided_at = now(),
				       version = version + 1 where id = :id""").param("reason", reason).param("id", entryId).update();
		this.jdbc.sql("update competition.entry_member set active = false where entry_id = :id")
			.param("id", entryId)
			.update();
		this.jdbc.sql("""
				update competition.entry_invitation set status = 'WITHDRAWN', answered_at = now()
				where entry_id = :id and status = 'PENDING'""").param("id", entryId).update();
	}

	void enterRound(long roundId, List<Long> entryIds) {
		for (Long entryId : entryIds) {
			this.jdbc
				.sql("insert into competition.round_entrant (round_id, entry_id) values (:round, :entry)"
						+ " on conflict do nothing")
				.param("round", roundId)
				.param("entry", entryId)
				.update();
		}
	}

	List<StoredEntry> ofRound(long roundId) {
		return withMembers(this.jdbc.sql(SELECT + """
				 where id in (select entry_id from competition.round_entrant where round_id = :round)
				order by length(number), number, id""").param("round", roundId).query(EntryRepository::entry).list());
	}

	boolean inRound(long roundId, long entryId) {
		return this.jdbc
			.sql("select count(*) from competition.round_entrant where round_id = :round and entry_id = :entry")
			.param("round", roundId)
			.param("entry", entryId)
			.query(Integer.class)
			.single() > 0;
	}

	private static StoredEntry entry(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new StoredEntry(rs.getLong("id"), rs.getLong("contest_id"), rs.getLong("member_id"),
				(Long) rs.getObject("account_id"), rs.getString("name"), rs.getString("id_number_masked"),
				rs.getLong("employer_org_id"), rs.getString("employer_name"), rs.getString("org_path"),
				rs.getString("team_name"), rs.getString("description"), (Long) rs.getObject("nominated_by"),
				EntryStatus.valueOf(rs.getString("status")), rs.getString("number"), rs.getString("reason"),
				ContestRepository.strings(rs.getArray("ineligibility")), rs.getTimestamp("signed_up_at").toInstant(),
				decided == null ? null : decided.toInstant(), List.of(), List.of());
	}

	record NewEntry(long contestId, long memberId, @Nullable Long accountId, String name, String idNumberMasked,
			long employerOrgId, @Nullable String employerName, String orgPath, @Nullable String teamName,
			@Nullable String description, @Nullable Long nominatedBy, List<String> ineligibility) {
	}

	/** A member to put on an entry, with their own eligibility (message keys). */
	record NewMember(long memberId, String name, String idNumberMasked, long employerOrgId,
			@Nullable String employerName, String orgPath, List<String> ineligibility) {
	}

	/**
	 * Someone on an entry: the entrant, or a team member (the captain first), ID number
	 * masked.
	 */
	record EntryMember(long memberId, int position, boolean captain, String name, String idNumberMasked,
			long employerOrgId, @Nullable String employerName, List<String> ineligibility) {
	}

	/**
	 * Someone a captain invited who has not answered: only what the captain typed (the ID
	 * number masked), the same whether or not it names a member.
	 */
	record PendingInvitation(long id, String name, String idNumberMasked, Instant invitedAt) {
	}

	/**
	 * An entry; a team entry is under its captain's name and lists every member who is on
	 * it in {@code members} and everyone invited who has not answered in
	 * {@code invitations}.
	 */
	record StoredEntry(long id, long contestId, long memberId, @Nullable Long accountId, String name,
			String idNumberMasked, long employerOrgId, @Nullable String employerName, String orgPath,
			@Nullable String teamName, @Nullable String description, @Nullable Long nominatedBy, EntryStatus status,
			@Nullable String number, @Nullable String reason, List<String> ineligibility, Instant signedUpAt,
			@Nullable Instant decidedAt, List<EntryMember> members, List<PendingInvitation> invitations) {

		boolean isEligible() {
			return this.ineligibility.isEmpty();
		}

		/** The employers of everyone on the entry: who a judge must stand aside from. */
		Set<Long> employerIds() {
			Set<Long> ids = new LinkedHashSet<>();
			ids.add(this.employerOrgId);
			this.members.forEach((member) -> ids.add(member.employerOrgId()));
			return ids;
		}

		/**
		 * The entry as its members would be listed: the captain alone for individuals.
		 */
		StoredEntry withMembers(List<EntryMember> members, List<PendingInvitation> invitations) {
			return new StoredEntry(this.id, this.contestId, this.memberId, this.accountId, this.name,
					this.idNumberMasked, this.employerOrgId, this.employerName, this.orgPath, this.teamName,
					this.description, this.nominatedBy, this.status, this.number, this.reason, this.ineligibility,
					this.signedUpAt, this.decidedAt, List.copyOf(members), List.copyOf(invitations));
		}

	}

	private static final String SELECT = """
			select id, contest_id, member_id, account_id, name, id_number_masked, employer_org_id, employer_name,
			       org_path::text as org_path, team_name, description, nominated_by, status, number, reason,
			       ineligibility, signed_up_at, decided_at
			from competition.entry""";

}
