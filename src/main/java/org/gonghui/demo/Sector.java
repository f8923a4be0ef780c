package org.gonghui.demo;

import static org.gonghui.demo.Occupation.*;

import java.util.List;
import java.util.SplittableRandom;

import org.gonghui.org.Ownership;

/**
 * What an employer does: its registering department in the credit code, its ownership,
 * size, when its union was founded and who works there.
 */
enum Sector {

	MANUFACTURING(EmployerKind.ENTERPRISE, new Headcount(30, 3000, 1.1), 1990,
			mix(LATHE_OPERATOR, 20, MILLING_OPERATOR, 10, WELDER, 18, ELECTRICIAN, 10, VEHICLE_MECHANIC, 3,
					WAREHOUSE_KEEPER, 6, LOADER, 6, ACCOUNTANT, 4, SECURITY_GUARD, 3, CLEANER, 3, CLERK, 4)),
	LOGISTICS(EmployerKind.ENTERPRISE, new Headcount(40, 400, 1.0), 1998,
			mix(COURIER, 35, TRUCK_DRIVER, 25, WAREHOUSE_KEEPER, 15, LOADER, 15, ACCOUNTANT, 4, CLERK, 6)),
	DELIVERY_PLATFORM(EmployerKind.ENTERPRISE, new Headcount(150, 450, 0.3), 2016,
			mix(DELIVERY_RIDER, 88, CLERK, 8, ACCOUNTANT, 4)),
	RIDE_HAILING(EmployerKind.ENTERPRISE, new Headcount(80, 300, 0.3), 2017,
			mix(RIDE_HAILING_DRIVER, 85, VEHICLE_MECHANIC, 5, CLERK, 7, ACCOUNTANT, 3)),
	CONSTRUCTION(EmployerKind.ENTERPRISE, new Headcount(25, 500, 1.2), 1990,
			mix(BRICKLAYER, 30, REBAR_WORKER, 25, ELECTRICIAN, 12, WELDER, 10, LOADER, 5, ACCOUNTANT, 5, SECURITY_GUARD,
					5, CLERK, 8)),
	RETAIL(EmployerKind.ENTERPRISE, new Headcount(25, 300, 1.3), 1992,
			mix(SHOP_ASSISTANT, 45, CASHIER, 25, WAREHOUSE_KEEPER, 10, SECURITY_GUARD, 5, CLEANER, 7, ACCOUNTANT, 4,
					CLERK, 4)),
	FOOD(EmployerKind.ENTERPRISE, new Headcount(25, 400, 1.3), 1992,
			mix(COOK, 30, SHOP_ASSISTANT, 20, CASHIER, 10, WAREHOUSE_KEEPER, 10, LOADER, 10, ELECTRICIAN, 5, ACCOUNTANT,
					5, CLEANER, 5, CLERK, 5)),
	PROPERTY(EmployerKind.ENTERPRISE, new Headcount(25, 200, 1.3), 2000,
			mix(PROPERTY_MANAGER, 25, SECURITY_GUARD, 30, CLEANER, 30, ELECTRICIAN, 8, ACCOUNTANT, 3, CLERK, 4)),
	ELDERLY_CARE(EmployerKind.ENTERPRISE, new Headcount(25, 150, 1.0), 2010,
			mix(CARE_WORKER, 70, CLEANER, 10, COOK, 8, ACCOUNTANT, 4, CLERK, 8)),
	SCHOOL(EmployerKind.PUBLIC_INSTITUTION, new Headcount(40, 200, 0.8), 1990,
			mix(TEACHER, 80, ACCOUNTANT, 4, SECURITY_GUARD, 5, CLEANER, 5, COOK, 3, CLERK, 3)),
	HOSPITAL(EmployerKind.PUBLIC_INSTITUTION, new Headcount(25, 300, 1.0), 1990,
			mix(NURSE, 45, PHYSICIAN, 30, ACCOUNTANT, 5, CLEANER, 6, SECURITY_GUARD, 4, CLERK, 10)),
	GOVERNMENT(EmployerKind.GOVERNMENT_BODY, new Headcount(25, 100, 1.5), 1990,
			mix(CLERK, 80, SOCIAL_WORKER, 10, ACCOUNTANT, 6, SECURITY_GUARD, 4)),
	SOCIAL_ORGANISATION(EmployerKind.SOCIAL_ORGANISATION, new Headcount(25, 50, 1.5), 2000,
			mix(SOCIAL_WORKER, 50, CLERK, 35, ACCOUNTANT, 15));

	private final EmployerKind kind;

	private final Headcount headcount;

	private final int firstFoundingYear;

	private final List<Occupation> occupations;

	private final int[] occupationWeights;

	Sector(EmployerKind kind, Headcount headcount, int firstFoundingYear, Object[] mix) {
		this.kind = kind;
		this.headcount = headcount;
		this.firstFoundingYear = firstFoundingYear;
		Occupation[] occupations = new Occupation[mix.length / 2];
		this.occupationWeights = new int[mix.length / 2];
		for (int i = 0; i < occupations.length; i++) {
			occupations[i] = (Occupation) mix[2 * i];
			this.occupationWeights[i] = (Integer) mix[2 * i + 1];
		}
		this.occupations = List.of(occupations);
	}

	private static Object[] mix(Object... occupationsAndWeights) {
		return occupationsAndWeights;
	}

	EmployerKind kind() {
		return this.kind;
	}

	Headcount headcount() {
		return this.headcount;
	}

	int firstFoundingYear() {
		return this.firstFoundingYear;
	}

	Occupation occupation(SplittableRandom random) {
		return this.occupations.get(Pick.weighted(random, this.occupationWeights));
	}

	Ownership ownership(SplittableRandom random) {
		return switch (this.kind) {
			case PUBLIC_INSTITUTION -> Ownership.PUBLIC_INSTITUTION;
			case GOVERNMENT_BODY -> Ownership.GOVERNMENT_BODY;
			case SOCIAL_ORGANISATION -> Ownership.SOCIAL_ORGANISATION;
			case ENTERPRISE -> enterpriseOwnership(random);
		};
	}

	private Ownership enterpriseOwnership(SplittableRandom random) {
		if (this == DELIVERY_PLATFORM || this == RIDE_HAILING || this == ELDERLY_CARE) {
			return Ownership.NON_PUBLIC;
		}
		int[] weights = (this == MANUFACTURING) ? new int[] { 72, 12, 6, 10 } : new int[] { 85, 8, 7, 0 };
		return switch (Pick.weighted(random, weights)) {
			case 0 -> Ownership.NON_PUBLIC;
			case 1 -> Ownership.STATE_OWNED;
			case 2 -> Ownership.COLLECTIVE;
			default -> Ownership.FOREIGN_INVESTED;
		};
	}

	/** The registering department and type, the first two characters of a credit code. */
	enum EmployerKind {

		// GB 32100-2015 appendix: 9 = market regulation (1 enterprise), 1 = organisation
		// establishment (1 government body, 2 public institution), 5 = civil affairs (1
		// social group)
		ENTERPRISE("91"), PUBLIC_INSTITUTION("12"), GOVERNMENT_BODY("11"), SOCIAL_ORGANISATION("51");

		private final String creditPrefix;

		EmployerKind(String creditPrefix) {
			this.creditPrefix = creditPrefix;
		}

		String creditPrefix() {
			return this.creditPrefix;
		}

	}

	/**
	 * Employer size from a Pareto distribution cut at {@code max}: most employers are
	 * small, a few large; the smaller {@code tail}, the more large ones.
	 */
	record Headcount(int min, int max, double tail) {

		int draw(SplittableRandom random) {
			return Pick.truncatedPareto(random, this.min, this.max, this.tail);
		}

	}

}
