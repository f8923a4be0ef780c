package org.gonghui.member.internal;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.MemberStatus;

/**
 * A roster filter: everything under {@code orgPath} (an ltree subtree), a name prefix, a
 * status.
 */
record MemberFilter(String orgPath, @Nullable String namePrefix, @Nullable MemberStatus status,
		@Nullable Boolean newEmploymentForm) {

	/** The prefix for LIKE, with the pattern characters taken literally. */
	@Nullable String likePattern() {
		if (this.namePrefix == null || this.namePrefix.isBlank()) {
			return null;
		}
		return this.namePrefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
