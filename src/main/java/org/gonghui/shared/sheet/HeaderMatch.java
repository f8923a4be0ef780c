package org.gonghui.shared.sheet;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a row of header cells maps to a {@link SheetSchema}.
 *
 * @param columnsByIndex the matched columns by 0-based cell index
 * @param unknownHeaders headers that name no column; their cells are ignored
 * @param missingRequired required columns no header names
 * @param duplicateHeaders headers naming a column an earlier header already named exactly
 */
public record HeaderMatch(Map<Integer, SheetColumn> columnsByIndex, List<String> unknownHeaders,
		List<SheetColumn> missingRequired, List<String> duplicateHeaders) {

	public HeaderMatch {
		columnsByIndex = Collections.unmodifiableMap(new TreeMap<>(columnsByIndex));
		unknownHeaders = List.copyOf(unknownHeaders);
		missingRequired = List.copyOf(missingRequired);
		duplicateHeaders = List.copyOf(duplicateHeaders);
	}

	/**
	 * Whether this row can be the header: it names at least one column and every required
	 * one.
	 */
	public boolean complete() {
		return !this.columnsByIndex.isEmpty() && this.missingRequired.isEmpty();
	}

	/**
	 * The canonical headers of the missing required columns, joined for a message
	 * argument.
	 */
	public String missingHeaders() {
		return String.join("、", this.missingRequired.stream().map(SheetColumn::header).toList());
	}

}
