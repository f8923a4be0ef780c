package org.gonghui.member.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import job as the clerk follows it. Validation counts {@code processedRows} up to
 * {@code totalRows} (unknown, 0, until the whole file is read), then writing counts
 * {@code importedRows}; {@code percent} spans both.
 *
 * @param errors the first {@value MemberImports#ERRORS_SHOWN} problems; all are in the
 * error report
 * @param message the outcome or why the file could not be read, in Chinese
 */
public record MemberImportView(UUID id, MemberImportStatus status, String statusText, String filename, int totalRows,
		int processedRows, int importedRows, int errorCount, List<Error> errors, @Nullable String message, int percent,
		Instant createdAt, @Nullable Instant finishedAt) {

	/**
	 * One bad cell or row: the row as Excel numbers it, the header as the clerk wrote it.
	 */
	public record Error(int row, String column, String message) {
	}

}
