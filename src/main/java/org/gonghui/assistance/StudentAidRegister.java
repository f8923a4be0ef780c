package org.gonghui.assistance;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.GonghuiException;

/**
 * The student aid awards of one year and its rule: one award per student per year, at the
 * amount the table gives for the level and household type (no double funding, RULES.md).
 * The database backs the rule with a unique key on year and student.
 */
public final class StudentAidRegister {

	private final Year year;

	private final StudentAidTable table;

	private final List<StudentAward> awards = new ArrayList<>();

	private final Set<String> students = new HashSet<>();

	public StudentAidRegister(Year year, StudentAidTable table, List<StudentAward> recorded) {
		this.year = year;
		this.table = table;
		for (StudentAward award : recorded) {
			if (!award.year().equals(year)) {
				throw new IllegalArgumentException("Award " + award.id() + " is of year " + award.year());
			}
			this.students.add(award.studentKey());
			this.awards.add(award);
		}
	}

	/**
	 * @throws GonghuiException {@code student-aid.already-awarded} (409),
	 * {@code student-aid.level-not-funded}, {@code student-aid.student-required}
	 */
	public StudentAward award(UUID id, String studentKey, long memberId, SchoolLevel level,
			StudentHouseholdType householdType, long recordedBy, Instant at) {
		if (studentKey.isBlank()) {
			throw GonghuiException.invalidField("studentKey", "student-aid.student-required");
		}
		if (this.students.contains(studentKey)) {
			throw GonghuiException.conflict("student-aid.already-awarded", this.year.toString());
		}
		Money amount = this.table.requireAmount(level, householdType);
		StudentAward award = new StudentAward(id, this.year, studentKey, memberId, level, householdType, amount,
				recordedBy, at);
		this.students.add(studentKey);
		this.awards.add(award);
		return award;
	}

	public boolean hasAward(String studentKey) {
		return this.students.contains(studentKey);
	}

	public Money total() {
		return this.awards.stream().map(StudentAward::amount).reduce(Money.ZERO, Money::plus);
	}

	public List<StudentAward> awards() {
		return List.copyOf(this.awards);
	}

}
