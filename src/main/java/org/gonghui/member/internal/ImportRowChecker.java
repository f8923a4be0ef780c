package org.gonghui.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.sheet.RowError;
import org.gonghui.shared.sheet.SheetRow;

/**
 * The checks a row needs on its own, cell by cell. Not thread-safe: one per slice of the
 * file, so that the free-text columns clerks fill with the same few values (dates, skill
 * levels, 是/否) are read once per slice rather than once per row.
 */
final class ImportRowChecker {

	private final LocalDate today;

	private final Map<String, String> headers;

	private final Map<String, Optional<LocalDate>> dates = new HashMap<>();

	private final Map<String, Optional<SkillLevel>> skillLevels = new HashMap<>();

	private final Map<String, Optional<Boolean>> flags = new HashMap<>();

	/**
	 * @param headers each field's header as written in the clerk's file
	 */
	ImportRowChecker(LocalDate today, Map<String, String> headers) {
		this.today = today;
		this.headers = headers;
	}

	ImportRow check(SheetRow sheetRow) {
		ImportRow row = new ImportRow(sheetRow.rowNumber());
		List<String> unreadable = new ArrayList<>(0);
		for (RowError error : sheetRow.errors()) {
			unreadable.add(error.field());
			row.error(error.field(), error.message());
		}
		Cells cells = new Cells(sheetRow, row, unreadable);

		row.name = cells.text(MemberSheets.NAME, "member.name.required", 50, "member.name.size");

		if (cells.readable(MemberSheets.ID_NUMBER)) {
			IdNumber.Result parsed = IdNumber.parse(sheetRow.getOrEmpty(MemberSheets.ID_NUMBER));
			row.idNumber = parsed.idNumber();
			if (row.idNumber == null) {
				row.error(header(MemberSheets.ID_NUMBER), String.valueOf(parsed.errorKey()));
			}
		}
		// a repeat of an earlier row is known only once the rows before are checked: its
		// error goes here, after the ID number's own
		row.idErrorsEnd = row.errorCount();

		String rawPhone = cells.text(MemberSheets.PHONE, "member.phone.required", 0, "");
		if (rawPhone != null) {
			row.phone = MobileNumber.normalise(rawPhone).orElse(null);
			if (row.phone == null) {
				row.error(header(MemberSheets.PHONE), "member.phone.invalid");
			}
		}

		row.unionName = cells.text(MemberSheets.UNION, "member.import.union.required", 0, "");
		row.employer = cells.text(MemberSheets.EMPLOYER, null, 100, "member.employer.size");
		row.occupation = cells.text(MemberSheets.OCCUPATION, null, 60, "member.occupation.size");

		row.joinedOn = this.today;
		String rawDate = cells.text(MemberSheets.JOINED_ON, null, 0, "");
		if (rawDate != null) {
			LocalDate date = this.dates.computeIfAbsent(rawDate, MemberSheets::date).orElse(null);
			if (date == null) {
				row.error(header(MemberSheets.JOINED_ON), "member.import.joined-on.format", rawDate);
			}
			else if (date.isAfter(this.today)) {
				row.error(header(MemberSheets.JOINED_ON), "member.joined-on.future");
			}
			else {
				row.joinedOn = date;
			}
		}

		String rawSkill = cells.text(MemberSheets.SKILL_LEVEL, null, 0, "");
		if (rawSkill != null && !isNone(rawSkill)) {
			row.skillLevel = this.skillLevels.computeIfAbsent(rawSkill, MemberSheets::skillLevel).orElse(null);
			if (row.skillLevel == null) {
				row.error(header(MemberSheets.SKILL_LEVEL), "member.import.skill-level.unknown", rawSkill);
			}
		}

		String rawFlag = cells.text(MemberSheets.NEW_EMPLOYMENT_FORM, null, 0, "");
		if (rawFlag != null) {
			Boolean flag = this.flags.computeIfAbsent(rawFlag, MemberSheets::flag).orElse(null);
			if (flag == null) {
				row.error(header(MemberSheets.NEW_EMPLOYMENT_FORM), "member.import.flag.unknown", rawFlag);
			}
			else {
				row.newEmploymentForm = flag;
			}
		}
		return row;
	}

	String header(String field) {
		return this.headers.getOrDefault(field, field);
	}

	// 无, -, / in an optional column mean "none", as clerks write it
	private static boolean isNone(String text) {
		return text.equals("无") || text.equals("-") || text.equals("/") || text.equals("—");
	}

	/** The row's cells with the checks every text column shares. */
	private final class Cells {

		private final SheetRow sheetRow;

		private final ImportRow row;

		private final List<String> unreadable;

		Cells(SheetRow sheetRow, ImportRow row, List<String> unreadable) {
			this.sheetRow = sheetRow;
			this.row = row;
			this.unreadable = unreadable;
		}

		boolean readable(String field) {
			return this.unreadable.isEmpty() || !this.unreadable.contains(header(field));
		}

		/**
		 * The cell's text, or null when blank or unreadable (the latter already
		 * reported).
		 * @param requiredKey the error for a blank cell, or null if the column is
		 * optional
		 * @param maxLength the longest text allowed, 0 for no limit
		 */
		@Nullable String text(String field, @Nullable String requiredKey, int maxLength, String tooLongKey) {
			if (!readable(field)) {
				return null;
			}
			String text = this.sheetRow.get(field);
			if (text == null || text.isBlank()) {
				if (requiredKey != null) {
					this.row.error(header(field), requiredKey);
				}
				return null;
			}
			if (maxLength > 0 && text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
				this.row.error(header(field), tooLongKey);
				return null;
			}
			return text;
		}

	}

}
