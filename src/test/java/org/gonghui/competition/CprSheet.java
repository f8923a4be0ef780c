package org.gonghui.competition;

import java.math.BigDecimal;
import java.util.Map;

/** The CPR and AED contest's judges' sheet (Kunming), maximum 80 points. */
final class CprSheet {

	static final ScoringSheet SHEET = ScoringSheet.of(new Criterion("check", "判断意识与呼吸", 10),
			new Criterion("position", "按压位置", 10), new Criterion("depth", "按压深度", 15),
			new Criterion("rate", "按压频率", 15), new Criterion("breaths", "人工呼吸", 15),
			new Criterion("aed", "AED 使用", 15));

	private CprSheet() {
	}

	static Map<String, BigDecimal> points(String check, String position, String depth, String rate, String breaths,
			String aed) {
		return Map.of("check", new BigDecimal(check), "position", new BigDecimal(position), "depth",
				new BigDecimal(depth), "rate", new BigDecimal(rate), "breaths", new BigDecimal(breaths), "aed",
				new BigDecimal(aed));
	}

}
