package org.gonghui.site.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.RowError;
import org.gonghui.shared.sheet.SheetReader;
import org.gonghui.shared.sheet.SheetRow;
import org.gonghui.shared.sheet.SheetRows;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.site.Facility;
import org.gonghui.site.SiteType;

/**
 * Imports a clerk's site list (.xlsx or .csv). The file is checked whole: any bad row and
 * nothing is written, and every problem is reported with its row and column; otherwise
 * all rows are written in one transaction.
 */
@Service
class SiteImports {

	static final int MAX_ROWS = 20_000;

	private final SiteRegistry registry;

	private final OrgDirectory orgs;

	private final Messages messages;

	SiteImports(SiteRegistry registry, OrgDirectory orgs, Messages messages) {
		this.registry = registry;
		this.orgs = orgs;
		this.messages = messages;
	}

	record Result(int imported, List<RowError> errors) {

		public boolean succeeded() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * @throws org.gonghui.shared.sheet.SheetException when the file as a whole cannot be
	 * read (format, header)
	 */
	Result importFile(DataScope scope, InputStream in, String fileName) {
		List<SheetRow> rows = new ArrayList<>();
		Map<String, String> headers = new java.util.HashMap<>();
		try (SheetRows sheet = new SheetReader(SiteSheets.SCHEMA).open(in, fileName)) {
			for (String field : List.of(SiteSheets.NAME, SiteSheets.TYPES, SiteSheets.ORG, SiteSheets.ADDRESS,
					SiteSheets.REGION, SiteSheets.LAT, SiteSheets.LON, SiteSheets.CRS, SiteSheets.FACILITIES,
					SiteSheets.HOURS, SiteSheets.PHONE, SiteSheets.HONOURS, SiteSheets.DESCRIPTION,
					SiteSheets.STATUS)) {
				if (sheet.hasColumn(field)) {
					headers.put(field, sheet.headerOf(field));
				}
			}
			for (SheetRow row : sheet) {
				rows.add(row);
				if (rows.size() > MAX_ROWS) {
					throw GonghuiException.invalid("site.import.too-many", MAX_ROWS);
				}
			}
		}
		Set<String> orgNames = new LinkedHashSet<>();
		rows.forEach(row -> {
			String org = row.get(SiteSheets.ORG);
			if (org != null) {
				orgNames.add(org);
			}
		});
		Map<String, OrgSummary> orgsByName = this.orgs.findByNamesWithin(scope, List.copyOf(orgNames));
		List<RowError> errors = new ArrayList<>();
		List<SiteForm> forms = new ArrayList<>();
		for (SheetRow row : rows) {
			int before = errors.size();
			row.errors().forEach(e -> errors.add(e.withMessage(this.messages.text(e.message()))));
			SiteForm form = form(row, orgsByName, headers, errors);
			if (errors.size() == before && form != null) {
				try {
					this.registry.check(scope, form);
					forms.add(form);
				}
				catch (GonghuiException ex) {
					String field = ex.fieldErrors().isEmpty() ? "" : header(headers, ex.fieldErrors().get(0).field());
					errors.add(new RowError(row.rowNumber(), field, this.messages.text(ex)));
				}
			}
		}
		if (rows.isEmpty()) {
			throw GonghuiException.invalid("site.import.empty");
		}
		if (!errors.isEmpty()) {
			return new Result(0, errors);
		}
		return new Result(this.registry.createAll(scope, forms, fileName), List.of());
	}

	private @Nullable SiteForm form(SheetRow row, Map<String, OrgSummary> orgs, Map<String, String> headers,
			List<RowError> errors) {
		int n = row.rowNumber();
		int before = errors.size();
		String name = row.get(SiteSheets.NAME);
		if (name == null) {
			errors.add(new RowError(n, header(headers, SiteSheets.NAME), "阵地名称不能为空"));
		}
		else if (name.length() > 100) {
			errors.add(new RowError(n, header(headers, SiteSheets.NAME), "阵地名称不能超过 100 个字"));
		}
		List<String> unknown = new ArrayList<>();
		Set<SiteType> types = SiteSheets.types(row.getOrEmpty(SiteSheets.TYPES), unknown);
		if (!unknown.isEmpty()) {
			errors.add(new RowError(n, header(headers, SiteSheets.TYPES), "无法识别的阵地类型：" + String.join("、", unknown)));
		}
		else if (types.isEmpty()) {
			errors.add(new RowError(n, header(headers, SiteSheets.TYPES), "阵地类型不能为空"));
		}
		String orgName = row.get(SiteSheets.ORG);
		OrgSummary org = orgName == null ? null : orgs.get(orgName);
		if (org == null) {
			errors.add(new RowError(n, header(headers, SiteSheets.ORG),
					orgName == null ? "管理单位不能为空" : "管理单位“" + orgName + "”不存在或不在您的数据权限范围内"));
		}
		String address = row.get(SiteSheets.ADDRESS);
		if (address == null) {
			errors.add(new RowError(n, header(headers, SiteSheets.ADDRESS), "地址不能为空"));
		}
		String region = row.get(SiteSheets.REGION);
		if (region == null || !region.matches("\\d{6}")) {
			errors.add(new RowError(n, header(headers, SiteSheets.REGION), "行政区划代码须为 6 位数字"));
		}
		Double lat = number(row, SiteSheets.LAT, headers, errors);
		Double lon = number(row, SiteSheets.LON, headers, errors);
		String crs = SiteSheets.crs(row.get(SiteSheets.CRS)).orElse(null);
		if (crs == null) {
			errors.add(new RowError(n, header(headers, SiteSheets.CRS), "坐标系须为 WGS84（GPS）或 GCJ02（高德）"));
		}
		List<String> unknownFacilities = new ArrayList<>();
		Set<Facility> facilities = SiteSheets.facilities(row.get(SiteSheets.FACILITIES), unknownFacilities);
		if (!unknownFacilities.isEmpty()) {
			errors.add(new RowError(n, header(headers, SiteSheets.FACILITIES),
					"无法识别的服务设施：" + String.join("、", unknownFacilities)));
		}
		String hours = row.get(SiteSheets.HOURS);
		if (hours == null) {
			errors.add(new RowError(n, header(headers, SiteSheets.HOURS), "开放时间不能为空"));
		}
		var status = SiteSheets.status(row.get(SiteSheets.STATUS));
		if (status.isEmpty()) {
			errors.add(new RowError(n, header(headers, SiteSheets.STATUS), "状态须为 正常开放、暂停服务 或 已撤销"));
		}
		if (errors.size() > before || org == null) {
			return null;
		}
		String honours = row.get(SiteSheets.HONOURS);
		return new SiteForm(name, types, org.id(), address, region, lat, lon, facilities, hours,
				row.get(SiteSheets.PHONE), honours == null ? List.of() : List.of(honours.split("[；;\\n]+")),
				row.get(SiteSheets.DESCRIPTION), status.get(), crs, null);
	}

	private static @Nullable Double number(SheetRow row, String field, Map<String, String> headers,
			List<RowError> errors) {
		String text = row.get(field);
		try {
			if (text != null) {
				return Double.valueOf(text.strip());
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new RowError(row.rowNumber(), header(headers, field), "须填写十进制度数，例如 32.0090"));
		return null;
	}

	private static String header(Map<String, String> headers, String field) {
		return headers.getOrDefault(field, field);
	}

}
