package org.gonghui.shared.sheet;

import java.util.List;

/** A physical row before the header is known. */
record RawRow(int rowNumber, List<CellText> cells) {

	CellText cell(int index) {
		return (index < this.cells.size()) ? this.cells.get(index) : CellText.EMPTY;
	}

	List<String> texts() {
		return this.cells.stream().map(CellText::text).toList();
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(CellText::isBlank);
	}

}
