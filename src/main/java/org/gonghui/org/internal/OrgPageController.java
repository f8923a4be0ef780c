package org.gonghui.org.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.org.OrgIndicators;
import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.org.Ownership;
import org.gonghui.shared.region.Regions;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;
import org.gonghui.shared.web.PageRequest;

/** The console's dashboard and the union tree pages. */
@Controller
class OrgPageController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OrganisationRepository organisations;

	private final OrganisationCommands commands;

	private final IndicatorQueries indicators;

	private final DataScopes scopes;

	private final Regions regions;

	private final Messages messages;

	OrgPageController(OrganisationRepository organisations, OrganisationCommands commands, IndicatorQueries indicators,
			DataScopes scopes, Regions regions, Messages messages) {
		this.organisations = organisations;
		this.commands = commands;
		this.indicators = indicators;
		this.scopes = scopes;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/console")
	String dashboard(Model model) {
		DataScope scope = this.scopes.current();
		OrgSummary org = this.organisations.find(scope.orgId()).orElseThrow(GonghuiException::notFound);
		model.addAttribute("org", org);
		model.addAttribute("indicators", this.indicators.of(org));
		List<OrgSummary> federations = this.organisations.children(org.id())
			.stream()
			.filter(child -> child.type().isFederation())
			.toList();
		model.addAttribute("chart", chart(federations, this.indicators.ofChildren(federations), this.messages));
		return "org/dashboard";
	}

	@GetMapping("/console/orgs")
	String tree(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		DataScope scope = this.scopes.current();
		if (q == null || q.isBlank()) {
			return "redirect:/console/orgs/" + scope.orgId();
		}
		PageRequest request = PageRequest.of(page, 50);
		model.addAttribute("q", q);
		model.addAttribute("results",
				this.organisations.search(scope, q.strip(), null, request.size(), request.offset()));
		return "org/search";
	}

	@GetMapping("/console/orgs/{id}")
	String show(@PathVariable long id, Model model) {
		DataScope scope = this.scopes.current();
		OrgSummary org = within(scope, id);
		model.addAttribute("org", org);
		model.addAttribute("regionName", this.regions.fullName(org.regionCode()));
		model.addAttribute("breadcrumb", breadcrumb(scope, org));
		model.addAttribute("children", this.organisations.children(id));
		model.addAttribute("indicators", this.indicators.of(org));
		model.addAttribute("childTypes", TreeRules.allowedChildren(org.type()));
		model.addAttribute("ownerships", Ownership.values());
		model.addAttribute("parent",
				org.parentId() == null ? null : this.organisations.findWithin(scope, org.parentId()).orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganisationForm("", OrgType.GRASSROOTS_UNION, id, org.regionCode(), null,
					false, false, null, null, null, null));
		}
		return "org/show";
	}

	@PostMapping("/console/orgs")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return show(form.parentId(), model);
		}
		try {
			OrgSummary created = this.commands.create(this.scopes.current(), form);
			redirect.addFlashAttribute("message", this.messages.text("org.new.created", created.name()));
			return "redirect:/console/orgs/" + created.id();
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return show(form.parentId(), model);
		}
	}

	@PostMapping("/console/orgs/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("patch") OrganisationPatch patch, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("error", this.messages.text("error.validation"));
			return show(id, model);
		}
		try {
			this.commands.update(this.scopes.current(), id, patch);
			redirect.addFlashAttribute("message", this.messages.text("org.edit.saved"));
			return "redirect:/console/orgs/" + id;
		}
		catch (GonghuiException ex) {
			model.addAttribute("error", this.messages.text(ex));
			return show(id, model);
		}
	}

	private OrgSummary within(DataScope scope, long id) {
		return this.organisations.findWithin(scope, id).orElseThrow(GonghuiException::notFound);
	}

	/** The ancestors the user may open: from their own organisation down to this one. */
	private List<OrgSummary> breadcrumb(DataScope scope, OrgSummary org) {
		List<OrgSummary> trail = new ArrayList<>();
		String[] ids = org.path().split("\\.");
		for (String ancestor : ids) {
			this.organisations.findWithin(scope, Long.parseLong(ancestor)).ifPresent(trail::add);
		}
		return trail;
	}

	/** Members per lower federation as bars, its rates as lines on a percent axis. */
	private static String chart(List<OrgSummary> federations, List<OrgIndicators> indicators, Messages messages) {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("categories", federations.stream().map(OrgSummary::name).toList());
		spec.put("yAxes", List.of(Map.of("type", "value", "name", messages.text("org.chart.members")),
				Map.of("type", "value", "name", "%", "max", 100)));
		spec.put("series",
				List.of(Map.of("name", messages.text("org.chart.members"), "type", "bar", "data",
						indicators.stream().map(OrgIndicators::members).toList()),
						Map.of("name", messages.text("org.chart.founding-rate"), "type", "line", "yAxisIndex", 1,
								"data", indicators.stream().map(OrgIndicators::foundingRate).toList()),
						Map.of("name", messages.text("org.chart.congress-rate"), "type", "line", "yAxisIndex", 1,
								"data", indicators.stream().map(OrgIndicators::workersCongressRate).toList())));
		return JSON.writeValueAsString(spec);
	}

}
