package org.gonghui.assistance;

import org.jspecify.annotations.Nullable;

/** The groups a condolence campaign can reach, each with its own standard amount. */
public enum RecipientCategory {

	DEEP_HARDSHIP, RELATIVE_HARDSHIP, ACCIDENT_INDUCED_HARDSHIP, MODEL_WORKER, FRONTLINE_WORKER, OTHER_LIST;

	/**
	 * The category for a household with an active hardship file of the given category.
	 */
	public static RecipientCategory of(HardshipCategory category) {
		return switch (category) {
			case DEEP -> DEEP_HARDSHIP;
			case RELATIVE -> RELATIVE_HARDSHIP;
			case ACCIDENT_INDUCED -> ACCIDENT_INDUCED_HARDSHIP;
		};
	}

	public static @Nullable RecipientCategory ofNullable(@Nullable HardshipCategory category) {
		return category == null ? null : of(category);
	}

}
