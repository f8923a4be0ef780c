package org.gonghui.assistance;

import org.jspecify.annotations.Nullable;

/**
 * A person of the applicant's household as declared on the application; kept encrypted
 * with the income (health is personal data).
 *
 * @param relation to the applicant: 本人, 配偶, 子女 …
 * @param health free text, e.g. 尿毒症透析 or 健康
 * @param idNumber the person's ID number if declared: a household member who is a union
 * member is then known, so that the household does not get a second file
 */
public record HouseholdMember(String name, String relation, @Nullable String health, @Nullable String idNumber) {

	public HouseholdMember(String name, String relation, @Nullable String health) {
		this(name, relation, health, null);
	}

}
