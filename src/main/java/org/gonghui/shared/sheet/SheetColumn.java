package org.gonghui.shared.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * One column of a {@link SheetSchema}: the field it fills, the header written on export
 * and looked for on import, and the other headers clerks use for it.
 *
 * @param field the field id the values are keyed by in {@link SheetRow#values()}
 * @param header the canonical Chinese header, written on export
 * @param aliases other headers accepted on import (the canonical header always is)
 * @param isRequired whether a file without this column is refused
 * @param kind how the column's cells are written on export
 * @param width the export column width in characters, or 0 to derive it from header and
 * kind
 */
public record SheetColumn(String field, String header, List<String> aliases, boolean isRequired, Kind kind, int width) {

	/** How a column's values are written to .xlsx. */
	public enum Kind {

		/** By the value's type: numbers as numbers, dates as dates, the rest as text. */
		GENERAL,

		/**
		 * Always a text cell, whatever the value's type: ID numbers, phones, bank
		 * accounts. Excel keeps only 15 significant digits of a number, so an 18-digit ID
		 * in a numeric cell is corrupted the moment it is written.
		 */
		TEXT,

		/** A date cell shown as yyyy-mm-dd. */
		DATE,

		/** A number cell. */
		NUMBER

	}

	public SheetColumn {
		if (field.isBlank() || header.isBlank()) {
			throw new IllegalArgumentException("A sheet column needs a field and a header");
		}
		aliases = List.copyOf(aliases);
		if (width < 0) {
			throw new IllegalArgumentException("Column width must not be negative: " + width);
		}
	}

	/** An optional, general column. */
	public static SheetColumn of(String field, String header, String... aliases) {
		return new SheetColumn(field, header, List.of(aliases), false, Kind.GENERAL, 0);
	}

	/** An optional, general column keyed by the enum constant's name. */
	public static SheetColumn of(Enum<?> field, String header, String... aliases) {
		return of(field.name(), header, aliases);
	}

	public SheetColumn required() {
		return new SheetColumn(this.field, this.header, this.aliases, true, this.kind, this.width);
	}

	public SheetColumn text() {
		return kind(Kind.TEXT);
	}

	public SheetColumn date() {
		return kind(Kind.DATE);
	}

	public SheetColumn number() {
		return kind(Kind.NUMBER);
	}

	public SheetColumn kind(Kind kind) {
		return new SheetColumn(this.field, this.header, this.aliases, this.isRequired, kind, this.width);
	}

	public SheetColumn width(int characters) {
		return new SheetColumn(this.field, this.header, this.aliases, this.isRequired, this.kind, characters);
	}

	/** The canonical header followed by the aliases. */
	public List<String> names() {
		List<String> names = new ArrayList<>(this.aliases.size() + 1);
		names.add(this.header);
		names.addAll(this.aliases);
		return names;
	}

}
