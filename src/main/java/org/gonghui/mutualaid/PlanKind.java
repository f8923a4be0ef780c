package org.gonghui.mutualaid;

/** The kinds of mutual-aid plan a federation runs. */
public enum PlanKind {

	/** 在职职工住院医疗互助保障 */
	INPATIENT_MEDICAL,
	/** 重大疾病互助保障 */
	SERIOUS_ILLNESS,
	/** 意外伤害互助保障 */
	ACCIDENTAL_INJURY,
	/** 特殊疾病（如高原性疾病）互助保障 */
	SPECIAL_DISEASE

}
