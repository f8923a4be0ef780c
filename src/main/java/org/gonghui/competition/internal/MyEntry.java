package org.gonghui.competition.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.competition.internal.EntryRepository.StoredEntry;

/**
 * An entry as a worker on it sees it: the contest, the number and state, the team and its
 * members by name and state; the captain of a portal sign-up also sees whom they invited
 * (as they typed it). Nothing about the other members beyond their names.
 */
record MyEntry(long id, long contestId, @Nullable String contestName, @Nullable String number, EntryStatus status,
		@Nullable String teamName, boolean captain, List<Member> members, List<Invited> invitations) {

	/**
	 * The entry as seen by the member {@code viewer} (the account's linked member, if
	 * any).
	 */
	static MyEntry of(StoredEntry entry, @Nullable String contestName, @Nullable Long viewer) {
		boolean captain = viewer != null && entry.memberId() == viewer && entry.nominatedBy() == null;
		List<Member> members = entry.members()
			.stream()
			.map((m) -> new Member(m.position(), m.name(),
					m.captain() ? "CAPTAIN" : (entry.nominatedBy() != null ? "NOMINATED" : "CONFIRMED"),
					viewer != null && m.memberId() == viewer))
			.toList();
		List<Invited> invitations = captain ? entry.invitations()
			.stream()
			.map((i) -> new Invited(i.id(), i.name(), i.idNumberMasked(), i.invitedAt()))
			.toList() : List.of();
		return new MyEntry(entry.id(), entry.contestId(), contestName, entry.number(), entry.status(), entry.teamName(),
				captain, members, invitations);
	}

	/**
	 * A member by name; {@code state} is CAPTAIN, NOMINATED (by their union) or CONFIRMED
	 * (joined on an invitation); {@code you} marks the viewer.
	 */
	record Member(int position, String name, String state, boolean you) {
	}

	record Invited(long id, String name, String idNumberMasked, Instant invitedAt) {
	}

}
