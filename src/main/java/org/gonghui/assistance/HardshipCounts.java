package org.gonghui.assistance;

/**
 * Hardship files of one region in a period, for statistics.
 *
 * @param active files active at the end of the period
 * @param entered files approved within the period
 * @param exited files closed (解困脱困) within the period
 */
public record HardshipCounts(String regionCode, long active, long entered, long exited) {
}
