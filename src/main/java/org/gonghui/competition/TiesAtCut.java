package org.gonghui.competition;

/** What happens to entrants sharing the rank at which the advancement cut falls. */
public enum TiesAtCut {

	/**
	 * All of them advance, so more than K may advance (the default: nobody is cut by
	 * chance).
	 */
	ALL_ADVANCE,
	/** None of them advance, so fewer than K may advance. */
	NONE_ADVANCE

}
