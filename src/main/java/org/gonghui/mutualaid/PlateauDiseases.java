package org.gonghui.mutualaid;

import java.util.List;

/**
 * The plateau diseases of Tibet's workers' mutual medical aid ("13 种高原性特殊疾病纳入职工互助医疗
 * 保障范畴", Workers' Daily, September 2023). The official list of thirteen was not found in
 * any source available to us, so the list a plan covers is configuration (a
 * {@link DiseaseList} kept with the plan's terms). {@link #EXAMPLES} holds well-known
 * altitude illnesses for demo data and tests only: it is <em>not</em> the official list
 * and has fewer than thirteen entries.
 */
public final class PlateauDiseases {

	public static final String LIST_NAME = "13种高原性特殊疾病";

	/** How many diseases the official list has, per the source. */
	public static final int OFFICIAL_COUNT = 13;

	public static final CoveredDisease HIGH_ALTITUDE_PULMONARY_EDEMA = new CoveredDisease("HA-HAPE", "高原肺水肿");

	public static final CoveredDisease HIGH_ALTITUDE_CEREBRAL_EDEMA = new CoveredDisease("HA-HACE", "高原脑水肿");

	public static final CoveredDisease HIGH_ALTITUDE_POLYCYTHEMIA = new CoveredDisease("HA-HAPC", "高原红细胞增多症");

	public static final CoveredDisease HIGH_ALTITUDE_HEART_DISEASE = new CoveredDisease("HA-HAHD", "高原心脏病");

	public static final CoveredDisease CHRONIC_MOUNTAIN_SICKNESS = new CoveredDisease("HA-CMS", "慢性高原病");

	public static final CoveredDisease HIGH_ALTITUDE_HYPERTENSION = new CoveredDisease("HA-HTN", "高原高血压");

	/** Demo and test list: examples of altitude illnesses, not the official thirteen. */
	public static final DiseaseList EXAMPLES = new DiseaseList(LIST_NAME + "（示例）",
			List.of(HIGH_ALTITUDE_PULMONARY_EDEMA, HIGH_ALTITUDE_CEREBRAL_EDEMA, HIGH_ALTITUDE_POLYCYTHEMIA,
					HIGH_ALTITUDE_HEART_DISEASE, CHRONIC_MOUNTAIN_SICKNESS, HIGH_ALTITUDE_HYPERTENSION));

	private PlateauDiseases() {
	}

}
