package org.gonghui.member.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.member.SkillLevel;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.ident.IdNumber;

/**
 * A row of an import as far as it could be read, and its problems in the order the
 * columns were checked.
 */
final class ImportRow {

	final int number;

	@Nullable String name;

	@Nullable IdNumber idNumber;

	/** Where a repeat-in-the-file error goes among this row's errors. */
	int idErrorsEnd;

	@Nullable String phone;

	@Nullable String unionName;

	@Nullable OrgSummary union;

	@Nullable String employer;

	LocalDate joinedOn = LocalDate.MIN;

	@Nullable String occupation;

	@Nullable SkillLevel skillLevel;

	boolean newEmploymentForm;

	byte @Nullable [] idNumberHash;

	private @Nullable List<MemberImportError> errors;

	ImportRow(int number) {
		this.number = number;
	}

	void error(String column, String key, Object... args) {
		if (this.errors == null) {
			this.errors = new ArrayList<>(2);
		}
		this.errors.add(MemberImportError.of(this.number, column, key, args));
	}

	void errorAt(int index, String column, String key, Object... args) {
		if (this.errors == null) {
			this.errors = new ArrayList<>(2);
		}
		this.errors.add(index, MemberImportError.of(this.number, column, key, args));
	}

	int errorCount() {
		return this.errors == null ? 0 : this.errors.size();
	}

	List<MemberImportError> errors() {
		return this.errors == null ? List.of() : this.errors;
	}

}
