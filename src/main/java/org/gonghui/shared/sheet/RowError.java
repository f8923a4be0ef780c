package org.gonghui.shared.sheet;

/**
 * A problem in one row of an imported file, as the clerk will find it in the
 * {@link ErrorReport}.
 *
 * @param rowNumber the row as Excel shows it (1-based, the header row counted)
 * @param field the header of the column as written in the clerk's file, or empty for the
 * row as a whole
 * @param message a message key (as the reader gives it) or its Chinese text; see
 * {@link ErrorReport#write(java.util.List, java.util.function.Function, java.io.OutputStream)}
 */
public record RowError(int rowNumber, String field, String message) {

	public RowError withMessage(String message) {
		return new RowError(this.rowNumber, this.field, message);
	}

}
