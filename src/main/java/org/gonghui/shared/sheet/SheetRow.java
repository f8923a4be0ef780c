package org.gonghui.shared.sheet;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One data row of an imported file.
 *
 * @param rowNumber the row as Excel shows it: 1-based, the header row (and any title row
 * above it) counted, so the clerk finds the row the error report names
 * @param values the trimmed text of each non-blank cell, by field id; blank cells are
 * absent
 * @param errors cells whose value could not be read faithfully (message keys such as
 * {@code sheet.numeric-id}); such a cell has no entry in {@code values}
 */
public record SheetRow(int rowNumber, Map<String, String> values, List<RowError> errors) {

	public SheetRow {
		values = Map.copyOf(values);
		errors = List.copyOf(errors);
	}

	public SheetRow(int rowNumber, Map<String, String> values) {
		this(rowNumber, values, List.of());
	}

	public @Nullable String get(String field) {
		return this.values.get(field);
	}

	public @Nullable String get(Enum<?> field) {
		return get(field.name());
	}

	public String getOrEmpty(String field) {
		return this.values.getOrDefault(field, "");
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

}
