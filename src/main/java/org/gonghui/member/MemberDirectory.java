package org.gonghui.member;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the roster. */
public interface MemberDirectory {

	Optional<MemberSummary> find(long id);

	/** The member holding this ID number, found through its keyed hash. */
	Optional<MemberSummary> findByIdNumber(String idNumber);

	/**
	 * The member this worker account has proven to be (实名核验, name and ID number), if any.
	 */
	Optional<MemberSummary> linkedTo(long accountId);

	/**
	 * Links a worker account to a member once and for good (audited); false when the
	 * account or the member is already linked to another. The caller checks the proof.
	 */
	boolean link(long accountId, long memberId);

	/**
	 * Enters validated members in one transaction; an invalid or duplicate one fails the
	 * whole batch.
	 */
	int enterAll(List<MemberDraft> drafts);

	/**
	 * The active members of the organisation at {@code orgPath} and every organisation
	 * below it, by name; for bulk enrolment from a roster. At most {@code limit}.
	 */
	List<MemberSummary> activeWithin(String orgPath, int limit);

}
