package org.gonghui.shared.sheet;

import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a clerk's .xlsx or .csv file against a schema. The format is decided by the file
 * name and confirmed by the first bytes, since clerks rename files and browsers send any
 * name.
 *
 * <pre>
 * try (SheetRows rows = new SheetReader(schema).open(upload.getInputStream(), upload.getOriginalFilename())) {
 *     for (SheetRow row : rows) { ... }
 * }
 * </pre>
 */
public final class SheetReader {

	private final SheetSchema schema;

	public SheetReader(SheetSchema schema) {
		this.schema = schema;
	}

	/**
	 * Opens the file and finds its header row. The stream is read to its end (into a
	 * temporary file) but not closed.
	 * @throws SheetException {@code sheet.unsupported-format},
	 * {@code sheet.xls-unsupported}, {@code sheet.empty}, {@code sheet.unreadable},
	 * {@code sheet.no-header}, {@code sheet.missing-columns},
	 * {@code sheet.duplicate-column}
	 */
	public SheetRows open(InputStream in, String filename) {
		String extension = extensionOf(filename);
		if (extension.equals("xls") || extension.equals("et")) {
			throw new SheetException("sheet.xls-unsupported");
		}
		if (!extension.equals("xlsx") && !extension.equals("csv")) {
			throw new SheetException("sheet.unsupported-format", filename);
		}
		Spool spool = Spool.copy(in);
		try {
			return SheetRows.start(this.schema, rawRows(spool, extension), spool);
		}
		catch (RuntimeException ex) {
			spool.close();
			throw ex;
		}
	}

	private static RawRows rawRows(Spool spool, String extension) {
		byte[] head = spool.head(8);
		if (head.length == 0) {
			throw new SheetException("sheet.empty");
		}
		if (isOle2(head)) {
			// an old .xls (or an encrypted .xlsx, which is an OLE2 container too) renamed
			throw new SheetException("sheet.xls-unsupported");
		}
		if (isZip(head)) {
			return XlsxRawRows.open(spool.path());
		}
		if (extension.equals("xlsx")) {
			throw new SheetException("sheet.unreadable");
		}
		return CsvRawRows.open(spool.path());
	}

	private static String extensionOf(String filename) {
		int dot = filename.lastIndexOf('.');
		return (dot < 0) ? "" : filename.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isZip(byte[] head) {
		return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	private static boolean isOle2(byte[] head) {
		return head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1 && (head[5] & 0xFF) == 0xB1
				&& (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1;
	}

}
