package org.gonghui.mutualaid;

import java.util.List;

import org.gonghui.shared.web.GonghuiException;

/** A named list of diseases a plan restricts its cover to, e.g. 13 种高原性特殊疾病. */
public record DiseaseList(String name, List<CoveredDisease> diseases) {

	public DiseaseList {
		diseases = List.copyOf(diseases);
		if (diseases.isEmpty()) {
			throw GonghuiException.invalidField("diseases", "mutual-aid.disease-list.empty");
		}
		if (diseases.stream().map(CoveredDisease::code).distinct().count() != diseases.size()) {
			throw GonghuiException.invalidField("diseases", "mutual-aid.disease-list.duplicate-code");
		}
	}

	public boolean covers(String diagnosisCode) {
		String code = diagnosisCode.strip();
		return this.diseases.stream().anyMatch((d) -> d.code().equalsIgnoreCase(code));
	}

}
