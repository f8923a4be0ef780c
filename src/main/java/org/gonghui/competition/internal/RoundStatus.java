package org.gonghui.competition.internal;

/**
 * A round is set up, then open (voting and scoring), closed (ranking computed, seen only
 * by staff and the chief judge), and published (public).
 */
enum RoundStatus {

	SETUP, OPEN, CLOSED, PUBLISHED

}
