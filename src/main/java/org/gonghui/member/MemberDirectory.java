package org.gonghui.member;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import org.gonghui.shared.web.GonghuiException;

/** What other modules may ask of the roster. */
public interface MemberDirectory {

	Optional<MemberSummary> find(long id);

	/** The member holding this ID number, found through its keyed hash. */
	Optional<MemberSummary> findByIdNumber(String idNumber);

	/**
	 * The keyed hash the roster finds a member's ID number by, of a typed ID number
	 * (empty if it is not a valid one): lets another module keep an ID number it must
	 * match later without keeping the number, and without asking whether it is a
	 * member's.
	 */
	Optional<byte[]> idNumberHash(String idNumber);

	/** The keyed hash of this member's ID number, as {@link #idNumberHash(String)}. */
	Optional<byte[]> idNumberHashOf(long memberId);

	/**
	 * The member this worker account is linked to, if any: by 实名认证 at
	 * {@code /portal/identity} (name, ID number and a code sent to the roster's mobile
	 * number), or by staff who checked the worker's identity in person. Flows that act
	 * for a member send an unlinked worker to {@code /portal/identity?next=<their page>}.
	 */
	Optional<MemberSummary> linkedTo(long accountId);

	/**
	 * The member this worker account is linked to, for a self-service flow that acts only
	 * as that member; without a link, a 403 ({@code identity.link-required}) sending the
	 * worker to 实名认证, the one place that links an account.
	 */
	default MemberSummary requireLinked(long accountId) {
		return linkedTo(accountId).orElseThrow(() -> new GonghuiException(HttpStatus.FORBIDDEN, LINK_REQUIRED));
	}

	/** The message key of {@link #requireLinked(long)}'s refusal. */
	String LINK_REQUIRED = "identity.link-required";

	/**
	 * Links a worker account to a member once and for good (audited); false when the
	 * account or the member is already linked to another. No proof is checked here: it is
	 * for demo data and tests; workers link through 实名认证, staff through the member page.
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
