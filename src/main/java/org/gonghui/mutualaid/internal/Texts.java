package org.gonghui.mutualaid.internal;

import org.jspecify.annotations.Nullable;

final class Texts {

	private Texts() {
	}

	/** A name prefix for LIKE, with the pattern characters taken literally. */
	static @Nullable String likePrefix(@Nullable String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return null;
		}
		return prefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
