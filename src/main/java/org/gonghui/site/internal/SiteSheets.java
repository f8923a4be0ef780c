package org.gonghui.site.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.SheetSchema;
import org.gonghui.site.Facility;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteType;

/**
 * The site list as clerks keep it in Excel: one schema for import, export and the blank
 * template. Types and facilities are written by their Chinese names, several in one cell
 * separated by 、 or commas.
 */
final class SiteSheets {

	static final String NAME = "name";

	static final String TYPES = "types";

	static final String ORG = "org";

	static final String ADDRESS = "address";

	static final String REGION = "region";

	static final String LAT = "lat";

	static final String LON = "lon";

	static final String CRS = "crs";

	static final String FACILITIES = "facilities";

	static final String HOURS = "hours";

	static final String PHONE = "phone";

	static final String HONOURS = "honours";

	static final String DESCRIPTION = "description";

	static final String STATUS = "status";

	static final SheetSchema SCHEMA = SheetSchema.of(SheetColumn.of(NAME, "阵地名称", "名称", "站点名称").required().width(30),
			SheetColumn.of(TYPES, "阵地类型", "类型", "站点类型").required().text().width(24),
			SheetColumn.of(ORG, "管理单位", "所属工会", "主管工会", "管理工会").required().text().width(30),
			SheetColumn.of(ADDRESS, "地址", "详细地址").required().text().width(36),
			SheetColumn.of(REGION, "行政区划代码", "区划代码").required().text().width(12),
			SheetColumn.of(LAT, "纬度").required().number().width(12),
			SheetColumn.of(LON, "经度").required().number().width(12),
			SheetColumn.of(CRS, "坐标系", "坐标类型").text().width(10),
			SheetColumn.of(FACILITIES, "服务设施", "设施", "配套设施").text().width(40),
			SheetColumn.of(HOURS, "开放时间", "营业时间").required().text().width(40),
			SheetColumn.of(PHONE, "联系电话", "电话").text().width(16),
			SheetColumn.of(HONOURS, "荣誉", "获得荣誉").text().width(30),
			SheetColumn.of(DESCRIPTION, "简介", "说明").text().width(30), SheetColumn.of(STATUS, "状态").text().width(10));

	static final String STATUS_ACTIVE = "正常开放";

	private SiteSheets() {
	}

	static String statusText(SiteStatus status) {
		return switch (status) {
			case ACTIVE -> STATUS_ACTIVE;
			case SUSPENDED -> "暂停服务";
			case CLOSED -> "已撤销";
		};
	}

	static Optional<SiteStatus> status(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(SiteStatus.ACTIVE);
		}
		for (SiteStatus status : SiteStatus.values()) {
			if (statusText(status).equals(text.strip()) || status.name().equalsIgnoreCase(text.strip())) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	/**
	 * Chinese names (or codes) separated by 、，,；; the unknown ones in {@code unknown}.
	 */
	static Set<SiteType> types(String text, List<String> unknown) {
		Set<SiteType> types = EnumSet.noneOf(SiteType.class);
		for (String word : words(text)) {
			Optional<SiteType> type = java.util.Arrays.stream(SiteType.values())
				.filter(t -> t.chineseName().equals(word) || t.name().equalsIgnoreCase(word)
						|| (word.length() >= 4 && t.chineseName().startsWith(word)))
				.findFirst();
			type.ifPresentOrElse(types::add, () -> unknown.add(word));
		}
		return types;
	}

	static Set<Facility> facilities(@Nullable String text, List<String> unknown) {
		Set<Facility> facilities = EnumSet.noneOf(Facility.class);
		if (text == null) {
			return facilities;
		}
		for (String word : words(text)) {
			Optional<Facility> facility = java.util.Arrays.stream(Facility.values())
				.filter(f -> f.chineseName().equals(word) || f.name().equalsIgnoreCase(word))
				.findFirst();
			facility.ifPresentOrElse(facilities::add, () -> unknown.add(word));
		}
		return facilities;
	}

	/** 高德/GCJ-02 or GPS/WGS-84; blank means WGS-84. */
	static Optional<String> crs(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.of("WGS84");
		}
		String t = text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
		if (t.equals("WGS84") || t.equals("GPS")) {
			return Optional.of("WGS84");
		}
		if (t.equals("GCJ02") || t.contains("高德") || t.contains("火星") || t.contains("腾讯")) {
			return Optional.of("GCJ02");
		}
		return Optional.empty();
	}

	static String typesText(Set<SiteType> types) {
		return types.stream().sorted().map(SiteType::chineseName).collect(Collectors.joining("、"));
	}

	static String facilitiesText(Set<Facility> facilities) {
		return facilities.stream().sorted().map(Facility::chineseName).collect(Collectors.joining("、"));
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split("[、，,；;/\\s]+")) {
			if (!word.isBlank()) {
				words.add(word.strip());
			}
		}
		return words;
	}

}
