package org.gonghui.member;

import java.util.Optional;

/** What other modules may ask of the roster. */
public interface MemberDirectory {

	Optional<MemberSummary> find(long id);

	/** The member holding this ID number, found through its keyed hash. */
	Optional<MemberSummary> findByIdNumber(String idNumber);

}
