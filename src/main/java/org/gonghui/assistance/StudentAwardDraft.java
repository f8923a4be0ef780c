package org.gonghui.assistance;

/**
 * A student aid (金秋助学) award for a member's child in one aid year.
 *
 * @param studentIdNumber the student's ID number: one award per student per year
 */
public record StudentAwardDraft(int year, long memberId, String studentName, String studentIdNumber, String school,
		SchoolLevel level, StudentHouseholdType householdType) {
}
