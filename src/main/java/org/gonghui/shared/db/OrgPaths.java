package org.gonghui.shared.db;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Modules keep a copy of each record's organisation path (an ltree of ids) so that data
 * scopes are one indexed {@code <@} test. When a subtree moves, every copy under the old
 * path must follow in the mover's transaction; this is the one statement that does it.
 */
public final class OrgPaths {

	private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

	private OrgPaths() {
	}

	/**
	 * Rewrites {@code org_path} of every row under {@code oldPath} in the given tables so
	 * that it sits under {@code newPath} (the moved organisation's new path).
	 * @param tables schema-qualified table names, each with an {@code org_path ltree}
	 * column
	 * @return the number of rows changed
	 */
	public static int rebase(JdbcClient jdbc, String oldPath, String newPath, String... tables) {
		int changed = 0;
		for (String table : tables) {
			if (!TABLE.matcher(table).matches()) {
				throw new IllegalArgumentException("Not a schema-qualified table name: " + table);
			}
			changed += jdbc.sql("update " + table + " " + """
					set org_path = subpath(cast(:newPath as ltree), 0, nlevel(cast(:newPath as ltree)) - 1)
					             || subpath(org_path, nlevel(cast(:oldPath as ltree)) - 1)
					where org_path <@ cast(:oldPath as ltree)""")
				.param("oldPath", oldPath)
				.param("newPath", newPath)
				.update();
		}
		return changed;
	}

}
