package org.gonghui.mutualaid;

/**
 * A disease a plan covers, matched on its code (the plan's own code or an ICD-10 code;
 * the plan decides which, consistently).
 */
public record CoveredDisease(String code, String name) {
}
