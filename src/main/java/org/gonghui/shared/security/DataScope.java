package org.gonghui.shared.security;

/**
 * The subtree of the union tree that a staff account sees and changes (数据权限), as the
 * organisation's id and its ltree path of ids from the root ({@code 1.7.42}).
 */
public record DataScope(long orgId, String path) {

	/** Whether a record filed under {@code recordPath} lies inside this scope. */
	public boolean contains(String recordPath) {
		return recordPath.equals(this.path) || recordPath.startsWith(this.path + ".");
	}

}
