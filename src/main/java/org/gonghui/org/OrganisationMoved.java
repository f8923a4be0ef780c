package org.gonghui.org;

/**
 * An organisation and its subtree now hang under another parent; paths below it changed.
 */
public record OrganisationMoved(long orgId, String oldPath, String newPath) {
}
