package org.gonghui.site.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.region.Regions;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.site.Facility;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteType;

/** The staff console for sites: list, edit, photos, import, export, coverage. */
@Controller
class SitePageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteRegistry registry;

	private final SiteRepository sites;

	private final SiteImports imports;

	private final SiteExports exports;

	private final SiteCoverage coverage;

	private final DataScopes scopes;

	private final OrgDirectory orgs;

	private final Regions regions;

	private final Messages messages;

	SitePageController(SiteRegistry registry, SiteRepository sites, SiteImports imports, SiteExports exports,
			SiteCoverage coverage, DataScopes scopes, OrgDirectory orgs, Regions regions, Messages messages) {
		this.registry = registry;
		this.sites = sites;
		this.imports = imports;
		this.exports = exports;
		this.coverage = coverage;
		this.scopes = scopes;
		this.orgs = orgs;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/console/sites")
	String list(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable SiteType type,
			@RequestParam(required = false) @Nullable SiteStatus status,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		DataScope scope = this.scopes.current();
		SiteFilter filter = new SiteFilter(scope.path(), name, type, status, region);
		model.addAttribute("name", name == null ? "" : name);
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("region", region == null ? "" : region);
		model.addAttribute("types", SiteType.values());
		model.addAttribute("statuses", SiteStatus.values());
		model.addAttribute("sites", this.sites.page(filter, PageRequest.of(page, 20)));
		return htmx != null ? "site/list :: rows" : "site/list";
	}

	@GetMapping("/console/sites/export.xlsx")
	void export(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable SiteType type,
			@RequestParam(required = false) @Nullable SiteStatus status,
			@RequestParam(required = false) @Nullable String region, HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.current();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("服务阵地.xlsx", StandardCharsets.UTF_8).build().toString());
		this.exports.export(new SiteFilter(scope.path(), name, type, status, region), response.getOutputStream());
	}

	@GetMapping("/console/sites/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("服务阵地导入模板.xlsx", StandardCharsets.UTF_8).build().toString());
		XlsxWriter.write(response.getOutputStream(), "服务阵地", SiteSheets.SCHEMA,
				writer -> writer.row("襄阳市樊城区人民广场户外劳动者服务站点", "户外劳动者服务站点、爱心驿站", "樊城区总工会", "人民广场东侧", "420606", 32.0422,
						112.1433, "WGS84", "座椅、饮用水、微波炉、手机充电", "DAILY 24h; 2026-10-01 08:00-20:00", "0710-3000000",
						"全国最美工会户外劳动者服务站点", "", "正常开放"));
	}

	@GetMapping("/console/sites/new")
	String form(Model model) {
		return formPage(model, emptyForm(this.scopes.current()), null);
	}

	private SiteForm emptyForm(DataScope scope) {
		return new SiteForm(null, EnumSet.noneOf(SiteType.class), scope.orgId(), null,
				SiteApiController.defaultRegion(scope, this.orgs), null, null, EnumSet.noneOf(Facility.class),
				"MON-FRI 08:30-17:30", null, List.of(), null, SiteStatus.ACTIVE, "WGS84", null);
	}

	@PostMapping("/console/sites")
	String create(@Valid @ModelAttribute("form") @Nullable SiteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return formPage(model, form, null);
		}
		try {
			SiteRecord site = this.registry.create(this.scopes.current(), java.util.Objects.requireNonNull(form));
			redirect.addFlashAttribute("message", this.messages.text("site.saved", site.name()));
			return "redirect:/console/sites/" + site.id();
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return formPage(model, form, null);
		}
	}

	@GetMapping("/console/sites/{id}")
	String edit(@PathVariable long id, Model model) {
		SiteRecord site = this.registry.findWithin(this.scopes.current(), id).orElseThrow(GonghuiException::notFound);
		return formPage(model, toForm(site), site);
	}

	@PostMapping("/console/sites/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") @Nullable SiteForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		SiteRecord site = this.registry.findWithin(this.scopes.current(), id).orElseThrow(GonghuiException::notFound);
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return formPage(model, form, site);
		}
		try {
			SiteRecord saved = this.registry.update(this.scopes.current(), id, java.util.Objects.requireNonNull(form));
			redirect.addFlashAttribute("message", this.messages.text("site.saved", saved.name()));
			return "redirect:/console/sites/" + id;
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return formPage(model, form, site);
		}
	}

	@PostMapping("/console/sites/{id}/photos")
	String addPhoto(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String caption, RedirectAttributes redirect) {
		try {
			if (file.getSize() > SiteRegistry.MAX_PHOTO_BYTES) {
				throw GonghuiException.invalid("site.photo.size", SiteRegistry.MAX_PHOTO_BYTES / 1024 / 1024);
			}
			this.registry.addPhoto(this.scopes.current(), id, file.getBytes(), caption);
			redirect.addFlashAttribute("message", this.messages.text("site.photo.added"));
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/console/sites/" + id;
	}

	@PostMapping("/console/sites/{id}/photos/{photoId}/delete")
	String deletePhoto(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
		this.registry.deletePhoto(this.scopes.current(), id, photoId);
		redirect.addFlashAttribute("message", this.messages.text("site.photo.deleted"));
		return "redirect:/console/sites/" + id;
	}

	@GetMapping("/console/sites/import")
	String importForm() {
		return "site/import";
	}

	@PostMapping("/console/sites/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) {
		try {
			SiteImports.Result result = this.imports.importFile(this.scopes.current(), file.getInputStream(),
					file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename());
			model.addAttribute("result", result);
			if (result.succeeded()) {
				model.addAttribute("message", this.messages.text("site.import.done", result.imported()));
			}
			else {
				model.addAttribute("error", this.messages.text("site.import.failed", result.errors().size()));
			}
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "site/import";
	}

	@GetMapping("/console/sites/coverage")
	String coverage(@RequestParam(required = false) @Nullable String region, Model model) {
		DataScope scope = this.scopes.current();
		String code = region != null && region.matches("\\d{6}") ? region
				: SiteApiController.defaultRegion(scope, this.orgs);
		SiteCoverage.Report report = this.coverage.of(scope, code);
		model.addAttribute("report", report);
		model.addAttribute("chart", chart(report));
		return "site/coverage";
	}

	private String formPage(Model model, @Nullable SiteForm bound, @Nullable SiteRecord site) {
		// a form whose fields could not even be converted is not bound at all
		SiteForm form = bound != null ? bound : site != null ? toForm(site) : emptyForm(this.scopes.current());
		model.addAttribute("form", form);
		model.addAttribute("honoursText", form.honours() == null ? "" : String.join("\n", form.honours()));
		model.addAttribute("site", site);
		model.addAttribute("types", SiteType.values());
		model.addAttribute("facilities", Facility.values());
		model.addAttribute("statuses", SiteStatus.values());
		model.addAttribute("orgName",
				form.orgId() == null ? "" : this.orgs.find(form.orgId()).map(org -> org.name()).orElse(""));
		model.addAttribute("regionName", form.regionCode() == null ? "" : this.regions.fullName(form.regionCode()));
		model.addAttribute("photoIds", site == null ? List.of() : this.registry.photoIds(site.id()));
		return "site/form";
	}

	private static SiteForm toForm(SiteRecord site) {
		return new SiteForm(site.name(), site.types(), site.orgId(), site.address(), site.regionCode(),
				site.location().lat(), site.location().lon(), site.facilities(), site.hours().toText(), site.phone(),
				List.of(String.join("\n", site.honours())), site.description(), site.status(), "WGS84", site.version());
	}

	private static String chart(SiteCoverage.Report report) {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("categories", report.lines().stream().map(SiteCoverage.Line::regionName).toList());
		spec.put("series",
				List.of(Map.of("name", "工人文化宫", "type", "bar", "data",
						report.lines().stream().map(SiteCoverage.Line::palaces).toList()),
						Map.of("name", "职工之家", "type", "bar", "data",
								report.lines().stream().map(SiteCoverage.Line::homes).toList())));
		return JSON.writeValueAsString(spec);
	}

}
