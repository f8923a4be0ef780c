package org.gonghui.competition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invitations to join a team (队员邀请): what the captain typed, matched to a member only by
 * the member's own confirmation.
 */
@Repository
class InvitationRepository {

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The new invitation's id; -1 if the team already has one open for this ID number.
	 */
	long insert(long entryId, long contestId, long invitedBy, String name, String idNumberMasked, byte[] hash) {
		return this.jdbc.sql("""
				insert into competition.entry_invitation (entry_id, contest_id, invited_by, name, id_number_masked,
				    id_number_hash)
				values (:entry, :contest, :by, :name, :masked, :hash)
				on conflict (entry_id, id_number_hash) where status = 'PENDING' do nothing
				returning id""")
			.param("entry", entryId)
			.param("contest", contestId)
			.param("by", invitedBy)
			.param("name", name)
			.param("masked", idNumberMasked)
			.param("hash", hash)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	int pending(long entryId) {
		return this.jdbc
			.sql("select count(*) from competition.entry_invitation where entry_id = :entry and status = 'PENDING'")
			.param("entry", entryId)
			.query(Integer.class)
			.single();
	}

	/**
	 * How many invitations this account has sent in the contest since then, any status.
	 */
	int sentSince(long contestId, long accountId, Instant since) {
		return this.jdbc.sql("""
				select count(*) from competition.entry_invitation
				where contest_id = :contest and invited_by = :account and invited_at >= :since""")
			.param("contest", contestId)
			.param("account", accountId)
			.param("since", java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	Optional<Invitation> findPending(long id) {
		return this.jdbc.sql("""
				select id, entry_id, contest_id, invited_by, name, id_number_hash from competition.entry_invitation
				where id = :id and status = 'PENDING'""")
			.param("id", id)
			.query((rs, row) -> new Invitation(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("contest_id"),
					rs.getLong("invited_by"), rs.getString("name"), rs.getBytes("id_number_hash")))
			.optional();
	}

	/**
	 * The open invitations naming this ID number and name, on entries still waiting for a
	 * decision in contests still signing up.
	 */
	List<Addressed> addressedTo(byte[] hash, String name) {
		return this.jdbc.sql("""
				select i.id, e.contest_id, c.name as contest_name, e.team_name, e.name as captain_name,
				       c.sign_up_closes_on
				from competition.entry_invitation i
				join competition.entry e on e.id = i.entry_id
				join competition.contest c on c.id = e.contest_id
				where i.id_number_hash = :hash and i.name = :name and i.status = 'PENDING'
				  and e.status = 'PENDING' and c.status = 'SIGN_UP'
				order by i.invited_at, i.id""")
			.param("hash", hash)
			.param("name", name)
			.query((rs, row) -> new Addressed(rs.getLong("id"), rs.getLong("contest_id"), rs.getString("contest_name"),
					rs.getString("team_name"), TeamInvitations.maskName(rs.getString("captain_name")),
					rs.getObject("sign_up_closes_on", LocalDate.class)))
			.list();
	}

	/** Closes an open invitation; false if it was answered meanwhile. */
	boolean answer(long id, InvitationStatus status, Long memberId) {
		return this.jdbc.sql("""
				update competition.entry_invitation set status = :status, member_id = :member, answered_at = now()
				where id = :id and status = 'PENDING'""")
			.param("status", status.name())
			.param("member", status == InvitationStatus.CONFIRMED ? memberId : null)
			.param("id", id)
			.update() > 0;
	}

	enum InvitationStatus {

		PENDING, CONFIRMED, DECLINED, WITHDRAWN

	}

	record Invitation(long id, long entryId, long contestId, long invitedBy, String name, byte[] idNumberHash) {
	}

	/**
	 * An invitation as the invitee sees it: the contest, the team and the captain's name
	 * masked.
	 */
	record Addressed(long id, long contestId, String contestName, String teamName, String captainName,
			LocalDate signUpClosesOn) {
	}

}
