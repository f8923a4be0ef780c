package org.gonghui.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.ident.IdNumber;
import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.sheet.RowError;
import org.gonghui.shared.sheet.SheetRow;
import org.gonghui.shared.sheet.SheetRows;

/**
 * Checks a whole file before anything is written: each row on its own as it is read, then
 * the unions and the ID numbers already on a roster for all rows at once. Every problem
 * is kept, not just the first, so the clerk can fix the file in one pass.
 */
final class MemberImportCheck {

	private final LocalDate today;

	private final List<Row> rows = new ArrayList<>();

	private final List<MemberImportError> errors = new ArrayList<>();

	private final Map<String, Integer> firstRowByIdNumber = new HashMap<>();

	private final Map<String, String> headers = new HashMap<>();

	MemberImportCheck(LocalDate today) {
		this.today = today;
	}

	/** A row read from the file, its values as far as they could be read. */
	record Row(int number, @Nullable String name, @Nullable IdNumber idNumber, @Nullable String phone,
			@Nullable String unionName, @Nullable String employer, LocalDate joinedOn, @Nullable String occupation,
			@Nullable SkillLevel skillLevel, boolean newEmploymentForm) {
	}

	void add(SheetRow row, SheetRows sheet) {
		int number = row.rowNumber();
		Set<String> unreadable = new HashSet<>();
		for (RowError error : row.errors()) {
			unreadable.add(error.field());
			this.errors.add(MemberImportError.of(number, error.field(), error.message()));
		}
		Cells cells = new Cells(row, sheet, unreadable);

		String name = cells.text(MemberSheets.NAME, "member.name.required", 50, "member.name.size");

		IdNumber idNumber = null;
		if (cells.readable(MemberSheets.ID_NUMBER)) {
			IdNumber.Result parsed = IdNumber.parse(row.getOrEmpty(MemberSheets.ID_NUMBER));
			idNumber = parsed.idNumber();
			if (idNumber == null) {
				error(number, cells.header(MemberSheets.ID_NUMBER), String.valueOf(parsed.errorKey()));
			}
			else {
				Integer first = this.firstRowByIdNumber.putIfAbsent(idNumber.value(), number);
				if (first != null) {
					error(number, cells.header(MemberSheets.ID_NUMBER), "member.import.duplicate-in-file", first);
				}
			}
		}

		String phone = null;
		String rawPhone = cells.text(MemberSheets.PHONE, "member.phone.required", 0, "");
		if (rawPhone != null) {
			phone = MobileNumber.normalise(rawPhone).orElse(null);
			if (phone == null) {
				error(number, cells.header(MemberSheets.PHONE), "member.phone.invalid");
			}
		}

		String unionName = cells.text(MemberSheets.UNION, "member.import.union.required", 0, "");
		String employer = cells.text(MemberSheets.EMPLOYER, null, 100, "member.employer.size");
		String occupation = cells.text(MemberSheets.OCCUPATION, null, 60, "member.occupation.size");

		LocalDate joinedOn = this.today;
		String rawDate = cells.text(MemberSheets.JOINED_ON, null, 0, "");
		if (rawDate != null) {
			LocalDate date = MemberSheets.date(rawDate).orElse(null);
			if (date == null) {
				error(number, cells.header(MemberSheets.JOINED_ON), "member.import.joined-on.format", rawDate);
			}
			else if (date.isAfter(this.today)) {
				error(number, cells.header(MemberSheets.JOINED_ON), "member.joined-on.future");
			}
			else {
				joinedOn = date;
			}
		}

		SkillLevel skillLevel = null;
		String rawSkill = cells.text(MemberSheets.SKILL_LEVEL, null, 0, "");
		if (rawSkill != null && !isNone(rawSkill)) {
			skillLevel = MemberSheets.skillLevel(rawSkill).orElse(null);
			if (skillLevel == null) {
				error(number, cells.header(MemberSheets.SKILL_LEVEL), "member.import.skill-level.unknown", rawSkill);
			}
		}

		boolean newEmploymentForm = false;
		String rawFlag = cells.text(MemberSheets.NEW_EMPLOYMENT_FORM, null, 0, "");
		if (rawFlag != null) {
			Boolean flag = MemberSheets.flag(rawFlag).orElse(null);
			if (flag == null) {
				error(number, cells.header(MemberSheets.NEW_EMPLOYMENT_FORM), "member.import.flag.unknown", rawFlag);
			}
			else {
				newEmploymentForm = flag;
			}
		}
		this.rows.add(new Row(number, name, idNumber, phone, unionName, employer, joinedOn, occupation, skillLevel,
				newEmploymentForm));
		this.headers.putIfAbsent(MemberSheets.UNION, cells.header(MemberSheets.UNION));
		this.headers.putIfAbsent(MemberSheets.ID_NUMBER, cells.header(MemberSheets.ID_NUMBER));
	}

	int rowCount() {
		return this.rows.size();
	}

	Set<String> unionNames() {
		Set<String> names = new LinkedHashSet<>();
		this.rows.forEach(row -> {
			if (row.unionName() != null) {
				names.add(row.unionName());
			}
		});
		return names;
	}

	/** The distinct valid ID numbers, to look up on the rosters. */
	Set<String> idNumbers() {
		return this.firstRowByIdNumber.keySet();
	}

	/** Each row's union must be a grassroots union inside the uploader's data scope. */
	void checkUnions(Map<String, OrgSummary> unionsByName) {
		for (Row row : this.rows) {
			if (row.unionName() == null) {
				continue;
			}
			OrgSummary union = unionsByName.get(row.unionName());
			if (union == null) {
				error(row.number(), this.headers.get(MemberSheets.UNION), "member.import.union.not-found",
						row.unionName());
			}
			else if (union.type() != OrgType.GRASSROOTS_UNION) {
				error(row.number(), this.headers.get(MemberSheets.UNION), "member.import.union.not-grassroots",
						row.unionName());
			}
		}
	}

	/**
	 * One ID number is one member platform-wide.
	 * @param holders ID number to the name of the union whose roster already holds it
	 */
	void checkExisting(Map<String, String> holders) {
		if (holders.isEmpty()) {
			return;
		}
		for (Row row : this.rows) {
			IdNumber idNumber = row.idNumber();
			if (idNumber != null && holders.containsKey(idNumber.value())) {
				error(row.number(), this.headers.get(MemberSheets.ID_NUMBER), "member.duplicate", idNumber.masked(),
						holders.get(idNumber.value()));
			}
		}
	}

	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Every problem, by row; within a row in the order the columns were checked. */
	List<MemberImportError> errors() {
		return this.errors.stream().sorted(Comparator.comparingInt(MemberImportError::row)).toList();
	}

	/** The members to write, once no row has an error. */
	List<NewMember> members(Map<String, OrgSummary> unionsByName) {
		if (hasErrors()) {
			throw new IllegalStateException("A file with errors is not imported");
		}
		List<NewMember> members = new ArrayList<>(this.rows.size());
		for (Row row : this.rows) {
			OrgSummary union = Objects.requireNonNull(unionsByName.get(row.unionName()));
			String employer = row.employer();
			if (employer == null && union.employer() != null) {
				employer = union.employer().name();
			}
			members.add(new NewMember(Objects.requireNonNull(row.name()), Objects.requireNonNull(row.idNumber()),
					Objects.requireNonNull(row.phone()), union.id(), union.path(), employer, row.joinedOn(),
					row.occupation(), row.skillLevel(), row.newEmploymentForm()));
		}
		return members;
	}

	private void error(int row, @Nullable String column, String key, Object... args) {
		this.errors.add(MemberImportError.of(row, column == null ? "" : column, key, args));
	}

	// 无, -, / in an optional column mean "none", as clerks write it
	private static boolean isNone(String text) {
		return text.equals("无") || text.equals("-") || text.equals("/") || text.equals("—");
	}

	/** The row's cells with the checks every text column shares. */
	private final class Cells {

		private final SheetRow row;

		private final SheetRows sheet;

		private final Set<String> unreadable;

		Cells(SheetRow row, SheetRows sheet, Set<String> unreadable) {
			this.row = row;
			this.sheet = sheet;
			this.unreadable = unreadable;
		}

		String header(String field) {
			return this.sheet.headerOf(field);
		}

		boolean readable(String field) {
			return !this.unreadable.contains(header(field));
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
			String text = this.row.get(field);
			if (text == null || text.isBlank()) {
				if (requiredKey != null) {
					error(this.row.rowNumber(), header(field), requiredKey);
				}
				return null;
			}
			if (maxLength > 0 && text.codePointCount(0, text.length()) > maxLength) {
				error(this.row.rowNumber(), header(field), tooLongKey);
				return null;
			}
			return text;
		}

	}

}
