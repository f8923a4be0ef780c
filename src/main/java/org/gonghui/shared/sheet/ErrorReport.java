package org.gonghui.shared.sheet;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The file a clerk gets back after an import with problems: one line per
 * {@link RowError}, ordered by row, so they can fix their own file and upload it again.
 */
public final class ErrorReport {

	static final SheetSchema SCHEMA = SheetSchema.of(SheetColumn.of("rowNumber", "行号").number().width(8),
			SheetColumn.of("field", "列").width(20), SheetColumn.of("message", "错误原因").width(60));

	private ErrorReport() {
	}

	/** Writes the errors with their messages as they are (already Chinese text). */
	public static void write(List<RowError> errors, OutputStream out) {
		write(errors, Function.identity(), out);
	}

	/**
	 * Writes the errors, turning each message through {@code messageText}: for example
	 * {@code key -> messageSource.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE)},
	 * so the message keys the reader and domain code give become the Chinese the clerk
	 * reads.
	 */
	public static void write(List<RowError> errors, Function<String, String> messageText, OutputStream out) {
		List<RowError> byRow = errors.stream().sorted(Comparator.comparingInt(RowError::rowNumber)).toList();
		XlsxWriter.write(out, "错误报告", SCHEMA, byRow.iterator(),
				(error) -> List.of(error.rowNumber(), error.field(), messageText.apply(error.message())));
	}

}
