package org.gonghui.shared.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a sheet, in the order they are exported. On import the order does not
 * matter: each header cell is matched to a column by {@link #match(List)}.
 */
public final class SheetSchema {

	private final List<SheetColumn> columns;

	private final Map<String, SheetColumn> byName = new HashMap<>();

	private SheetSchema(List<SheetColumn> columns) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A sheet schema needs at least one column");
		}
		this.columns = List.copyOf(columns);
		Map<String, SheetColumn> byField = new HashMap<>();
		for (SheetColumn column : this.columns) {
			if (byField.put(column.field(), column) != null) {
				throw new IllegalArgumentException("Duplicate field " + column.field());
			}
			for (String name : column.names()) {
				String key = HeaderText.normalize(name);
				SheetColumn other = this.byName.put(key, column);
				if (key.isEmpty() || (other != null && other != column)) {
					throw new IllegalArgumentException("Header '" + name + "' is empty or names two columns");
				}
			}
		}
	}

	public static SheetSchema of(SheetColumn... columns) {
		return new SheetSchema(List.of(columns));
	}

	public static SheetSchema of(List<SheetColumn> columns) {
		return new SheetSchema(columns);
	}

	public List<SheetColumn> columns() {
		return this.columns;
	}

	public Optional<SheetColumn> column(String field) {
		return this.columns.stream().filter((c) -> c.field().equals(field)).findFirst();
	}

	public List<String> headers() {
		return this.columns.stream().map(SheetColumn::header).toList();
	}

	/**
	 * Matches a row of header cells to the columns. A header naming a column exactly
	 * (after {@linkplain HeaderText normalization}) wins; the remaining headers are then
	 * matched to a remaining column whose longest name they contain ("会员身份证号" → 身份证号).
	 * Each column takes one header at most.
	 */
	public HeaderMatch match(List<String> headerCells) {
		Map<Integer, SheetColumn> matched = new LinkedHashMap<>();
		List<String> duplicates = new ArrayList<>();
		List<Integer> unmatched = new ArrayList<>();
		for (int i = 0; i < headerCells.size(); i++) {
			String key = HeaderText.normalize(headerCells.get(i));
			if (key.isEmpty()) {
				continue;
			}
			SheetColumn column = this.byName.get(key);
			if (column == null) {
				unmatched.add(i);
			}
			else if (matched.containsValue(column)) {
				duplicates.add(Texts.trim(headerCells.get(i)));
			}
			else {
				matched.put(i, column);
			}
		}
		List<String> unknown = new ArrayList<>();
		for (int i : unmatched) {
			SheetColumn column = longestContained(HeaderText.normalize(headerCells.get(i)), matched);
			if (column == null) {
				unknown.add(Texts.trim(headerCells.get(i)));
			}
			else {
				matched.put(i, column);
			}
		}
		List<SheetColumn> missing = this.columns.stream()
			.filter((c) -> c.isRequired() && !matched.containsValue(c))
			.toList();
		return new HeaderMatch(matched, unknown, missing, duplicates);
	}

	private @Nullable SheetColumn longestContained(String key, Map<Integer, SheetColumn> taken) {
		@Nullable SheetColumn best = null;
		int bestLength = 0;
		for (Map.Entry<String, SheetColumn> name : this.byName.entrySet()) {
			int length = name.getKey().length();
			// a single character such as 号 or 名 would match almost anything
			if (length >= 2 && length > bestLength && key.contains(name.getKey())
					&& !taken.containsValue(name.getValue())) {
				best = name.getValue();
				bestLength = length;
			}
		}
		return best;
	}

}
