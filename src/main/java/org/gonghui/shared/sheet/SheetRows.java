package org.gonghui.shared.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * The data rows of an opened file, read as they are iterated: iterate once, and close
 * (try with resources) to release the temporary copy of the upload. Rows with no value in
 * any known column are skipped.
 */
public final class SheetRows implements Iterable<SheetRow>, AutoCloseable {

	/**
	 * The header is looked for in the first rows only, below an optional title row or
	 * two.
	 */
	static final int HEADER_SEARCH_ROWS = 5;

	private final SheetSchema schema;

	private final RawRows raw;

	private final AutoCloseable spool;

	private final int headerRowNumber;

	private final HeaderMatch header;

	private final Map<String, String> headersByField = new HashMap<>();

	private boolean iterated;

	private SheetRows(SheetSchema schema, RawRows raw, AutoCloseable spool, int headerRowNumber, HeaderMatch header,
			List<String> headerCells) {
		this.schema = schema;
		this.raw = raw;
		this.spool = spool;
		this.headerRowNumber = headerRowNumber;
		this.header = header;
		header.columnsByIndex()
			.forEach((index, column) -> this.headersByField.put(column.field(), Texts.trim(headerCells.get(index))));
	}

	static SheetRows start(SheetSchema schema, RawRows raw, AutoCloseable spool) {
		@Nullable HeaderMatch best = null;
		while (raw.hasNext()) {
			RawRow row = raw.next();
			if (row.rowNumber() > HEADER_SEARCH_ROWS) {
				break;
			}
			List<String> cells = row.texts();
			HeaderMatch match = schema.match(cells);
			if (match.complete()) {
				if (!match.duplicateHeaders().isEmpty()) {
					throw new SheetException("sheet.duplicate-column", match.duplicateHeaders().get(0));
				}
				return new SheetRows(schema, raw, spool, row.rowNumber(), match, cells);
			}
			if (best == null || match.columnsByIndex().size() > best.columnsByIndex().size()) {
				best = match;
			}
		}
		if (best == null || best.columnsByIndex().isEmpty()) {
			throw new SheetException("sheet.no-header", String.join("、", schema.headers()));
		}
		throw new SheetException("sheet.missing-columns", best.missingHeaders());
	}

	/** The row the header was found in (1 unless a title row precedes it). */
	public int headerRowNumber() {
		return this.headerRowNumber;
	}

	/** How the header row matched the schema, including the headers that were ignored. */
	public HeaderMatch header() {
		return this.header;
	}

	/** Headers the schema does not know; their cells are ignored. */
	public List<String> unknownHeaders() {
		return this.header.unknownHeaders();
	}

	/**
	 * The header of a field's column as written in the clerk's file, for
	 * {@link RowError#field()}; the schema's canonical header when the file has no such
	 * column.
	 */
	public String headerOf(String field) {
		String header = this.headersByField.get(field);
		if (header != null) {
			return header;
		}
		return this.schema.column(field).map(SheetColumn::header).orElse(field);
	}

	/** Whether the file has a column for this field. */
	public boolean hasColumn(String field) {
		return this.headersByField.containsKey(field);
	}

	@Override
	public Iterator<SheetRow> iterator() {
		if (this.iterated) {
			throw new IllegalStateException("Sheet rows are streamed and can be iterated once");
		}
		this.iterated = true;
		return new Iterator<>() {

			private @Nullable SheetRow next = advance();

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public SheetRow next() {
				SheetRow row = this.next;
				if (row == null) {
					throw new NoSuchElementException();
				}
				this.next = advance();
				return row;
			}

		};
	}

	public Stream<SheetRow> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
			.onClose(this::close);
	}

	private @Nullable SheetRow advance() {
		while (this.raw.hasNext()) {
			SheetRow row = toSheetRow(this.raw.next());
			if (!row.values().isEmpty() || row.hasErrors()) {
				return row;
			}
		}
		return null;
	}

	private SheetRow toSheetRow(RawRow raw) {
		Map<String, String> values = new LinkedHashMap<>();
		List<RowError> errors = new ArrayList<>(0);
		this.header.columnsByIndex().forEach((index, column) -> {
			CellText cell = raw.cell(index);
			String problem = cell.problem();
			if (problem != null) {
				errors.add(new RowError(raw.rowNumber(), headerOf(column.field()), problem));
			}
			else if (!cell.text().isEmpty()) {
				values.put(column.field(), cell.text());
			}
		});
		return new SheetRow(raw.rowNumber(), values, errors);
	}

	@Override
	public void close() {
		try {
			this.raw.close();
		}
		finally {
			try {
				this.spool.close();
			}
			catch (Exception ex) {
				// the temporary file is deleted on exit instead
			}
		}
	}

}
