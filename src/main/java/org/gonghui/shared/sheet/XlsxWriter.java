package org.gonghui.shared.sheet;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes one sheet of a header row and data rows to .xlsx, streaming: rows are flushed to
 * the output every {@value #FLUSH_EVERY} rows, so an export of 100,000+ rows holds only a
 * few in memory. Strings are written inline rather than to a shared-string table for the
 * same reason.
 *
 * <pre>
 * XlsxWriter.write(response.getOutputStream(), "会员", schema, members.iterator(),
 *         (m) -&gt; List.of(m.name(), m.idNumber(), m.joinedOn()));
 * </pre>
 *
 * Values by column {@linkplain SheetColumn.Kind kind}: {@code TEXT} columns always get
 * text cells (an ID number passed as a {@code Long} too); {@link LocalDate} and
 * {@link LocalDateTime} get date cells; numbers get number cells in {@code GENERAL} and
 * {@code NUMBER} columns; booleans are written 是/否; anything else as its
 * {@code toString()}; {@code null} as an empty cell. Text is never a formula, so a value
 * starting with "=" cannot run in the clerk's Excel.
 */
public final class XlsxWriter implements AutoCloseable {

	static final int FLUSH_EVERY = 1000;

	private static final String TEXT_FORMAT = "@";

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

	private static final int MAX_WIDTH = 60;

	private final Workbook workbook;

	private final Worksheet sheet;

	private final List<SheetColumn> columns;

	private int nextRow = 1;

	private boolean closed;

	private XlsxWriter(OutputStream out, String sheetName, List<SheetColumn> columns) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("An export needs at least one column");
		}
		this.columns = List.copyOf(columns);
		this.workbook = new Workbook(new KeepOpen(out), "Gonghui", "1.0");
		this.sheet = this.workbook.newWorksheet(sheetName(sheetName));
		for (int c = 0; c < this.columns.size(); c++) {
			SheetColumn column = this.columns.get(c);
			// column widths go into the sheet's head, so they are set before the first
			// flush
			this.sheet.width(c, widthOf(column));
			this.sheet.inlineString(0, c, column.header());
			this.sheet.style(0, c).bold().fillColor("D9E1F2").set();
		}
		this.sheet.freezePane(0, 1);
	}

	/** Starts a sheet with the schema's columns; {@link #close()} finishes it. */
	public static XlsxWriter open(OutputStream out, String sheetName, SheetSchema schema) {
		return new XlsxWriter(out, sheetName, schema.columns());
	}

	public static XlsxWriter open(OutputStream out, String sheetName, List<SheetColumn> columns) {
		return new XlsxWriter(out, sheetName, columns);
	}

	/**
	 * Writes a whole sheet: {@code rows} adds the data rows. The output stream is left
	 * open.
	 */
	public static void write(OutputStream out, String sheetName, SheetSchema schema, Consumer<XlsxWriter> rows) {
		try (XlsxWriter writer = open(out, sheetName, schema)) {
			rows.accept(writer);
		}
	}

	/** Writes a whole sheet with one row per item, read as the sheet is written. */
	public static <T> void write(OutputStream out, String sheetName, SheetSchema schema, Iterator<T> items,
			Function<T, ? extends List<? extends @Nullable Object>> toRow) {
		write(out, sheetName, schema, (writer) -> items.forEachRemaining((item) -> writer.row(toRow.apply(item))));
	}

	/**
	 * Adds a row with values in column order; fewer values than columns leave the rest
	 * empty.
	 */
	public XlsxWriter row(@Nullable Object... values) {
		return row(Arrays.asList(values));
	}

	/**
	 * Adds a row with values in column order; fewer values than columns leave the rest
	 * empty.
	 */
	public XlsxWriter row(List<? extends @Nullable Object> values) {
		if (values.size() > this.columns.size()) {
			throw new IllegalArgumentException(
					"Row has " + values.size() + " values for " + this.columns.size() + " columns");
		}
		for (int c = 0; c < values.size(); c++) {
			cell(c, values.get(c));
		}
		return endRow();
	}

	/** Adds a row with values by field id; fields the columns lack are an error. */
	public XlsxWriter row(Map<String, ? extends @Nullable Object> valuesByField) {
		int known = 0;
		for (int c = 0; c < this.columns.size(); c++) {
			String field = this.columns.get(c).field();
			if (valuesByField.containsKey(field)) {
				cell(c, valuesByField.get(field));
				known++;
			}
		}
		if (known != valuesByField.size()) {
			throw new IllegalArgumentException("Unknown fields in " + valuesByField.keySet());
		}
		return endRow();
	}

	/** The data rows written so far, the header not counted. */
	public int rowCount() {
		return this.nextRow - 1;
	}

	private XlsxWriter endRow() {
		this.nextRow++;
		if (this.nextRow % FLUSH_EVERY == 0) {
			try {
				this.sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this;
	}

	private void cell(int c, @Nullable Object value) {
		if (value == null) {
			return;
		}
		int r = this.nextRow;
		SheetColumn.Kind kind = this.columns.get(c).kind();
		if (kind == SheetColumn.Kind.TEXT) {
			this.sheet.inlineString(r, c, xmlSafe(textOf(value)));
			this.sheet.style(r, c).format(TEXT_FORMAT).set();
		}
		else if (value instanceof LocalDate date) {
			this.sheet.value(r, c, date);
			this.sheet.style(r, c).format(DATE_FORMAT).set();
		}
		else if (value instanceof LocalDateTime dateTime) {
			this.sheet.value(r, c, dateTime);
			this.sheet.style(r, c).format(DATE_TIME_FORMAT).set();
		}
		else if (value instanceof Number number) {
			this.sheet.value(r, c, number);
		}
		else {
			this.sheet.inlineString(r, c, xmlSafe(textOf(value)));
		}
	}

	private static String textOf(Object value) {
		if (value instanceof Boolean bool) {
			return bool ? "是" : "否";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	// XML 1.0 has no place for control characters other than tab and line breaks
	private static String xmlSafe(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
			}
		}
		return text;
	}

	static int widthOf(SheetColumn column) {
		if (column.width() > 0) {
			return Math.min(column.width(), MAX_WIDTH);
		}
		int byKind = switch (column.kind()) {
			case TEXT -> 22;
			case DATE, NUMBER -> 12;
			case GENERAL -> 14;
		};
		return Math.min(Math.max(byKind, displayWidth(column.header()) + 4), MAX_WIDTH);
	}

	// a Chinese character takes two columns of Excel's width unit
	private static int displayWidth(String text) {
		return text.codePoints().map((c) -> (c < 0x2E80) ? 1 : 2).sum();
	}

	// Excel refuses sheet names over 31 characters or with any of []:*?/\
	private static String sheetName(String name) {
		String safe = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
		if (safe.isEmpty()) {
			safe = "Sheet1";
		}
		return (safe.length() > 31) ? safe.substring(0, 31) : safe;
	}

	/**
	 * Finishes the file; the output stream is flushed but left open for the caller to
	 * close.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
