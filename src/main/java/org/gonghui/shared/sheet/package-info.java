/**
 * Spreadsheets clerks import and export: reading .xlsx and .csv rosters with flexibly
 * matched Chinese headers ({@link org.gonghui.shared.sheet.SheetReader}), writing lists
 * back to .xlsx ({@link org.gonghui.shared.sheet.XlsxWriter}) and the per-row error
 * report ({@link org.gonghui.shared.sheet.ErrorReport}). Everything streams, so a file of
 * 100,000+ rows is never held in memory.
 */
@NullMarked
package org.gonghui.shared.sheet;

import org.jspecify.annotations.NullMarked;
