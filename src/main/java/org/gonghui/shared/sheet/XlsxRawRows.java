package org.gonghui.shared.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/** The first sheet of an .xlsx file, streamed row by row. */
final class XlsxRawRows implements RawRows {

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private XlsxRawRows(ReadableWorkbook workbook, Stream<Row> stream) {
		this.workbook = workbook;
		this.stream = stream;
		this.rows = stream.iterator();
	}

	static XlsxRawRows open(Path file) {
		@Nullable ReadableWorkbook workbook = null;
		try {
			// opened from a file, not a stream: from a stream FastExcel keeps the whole
			// zip in memory
			workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
			return new XlsxRawRows(workbook, workbook.getFirstSheet().openStream());
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(workbook);
			throw new SheetException(ex, "sheet.unreadable");
		}
	}

	@Override
	public boolean hasNext() {
		try {
			return this.rows.hasNext();
		}
		catch (RuntimeException ex) {
			throw new SheetException(ex, "sheet.unreadable");
		}
	}

	@Override
	public RawRow next() {
		Row row;
		try {
			row = this.rows.next();
		}
		catch (RuntimeException ex) {
			throw new SheetException(ex, "sheet.unreadable");
		}
		List<CellText> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			cells.add((cell != null) ? text(cell) : CellText.EMPTY);
		}
		return new RawRow(row.getRowNum(), cells);
	}

	private CellText text(Cell cell) {
		String raw = (cell.getRawValue() != null) ? cell.getRawValue() : "";
		return switch (cell.getType()) {
			case EMPTY -> CellText.EMPTY;
			case NUMBER -> number(cell, raw);
			case BOOLEAN -> new CellText("1".equals(raw) ? "TRUE" : "FALSE", null);
			case STRING -> CellText.of(cell.getText());
			// a formula's cached result: a number when it parses as one, else its text
			case FORMULA -> raw.matches("-?[0-9.]+([eE][-+]?[0-9]+)?") ? number(cell, raw) : CellText.of(raw);
			case ERROR -> CellText.of(raw);
		};
	}

	private CellText number(Cell cell, String raw) {
		Integer formatId = cell.getDataFormatId();
		return ExcelNumbers.format(raw, (formatId != null) ? formatId : 0, cell.getDataFormatString(),
				this.workbook.isDate1904());
	}

	@Override
	public void close() {
		this.stream.close();
		closeQuietly(this.workbook);
	}

	private static void closeQuietly(@Nullable ReadableWorkbook workbook) {
		if (workbook != null) {
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// nothing was written: the spooled file is deleted next anyway
			}
		}
	}

}
