package org.gonghui.org.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gonghui.org.OrgSummary;
import org.gonghui.org.OrgType;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;

/**
 * The organisation picker of the console's forms ({@code templates/org/picker.html}):
 * organisations whose name contains what the user typed, inside the user's data scope. A
 * member transfer may go to a grassroots union anywhere (会员关系接转 crosses regions), so the
 * picker for it searches all grassroots unions, as the portal's join form does.
 */
@Controller
class OrgPicker {

	static final int LIMIT = 20;

	private final OrganisationRepository organisations;

	private final DataScopes scopes;

	OrgPicker(OrganisationRepository organisations, DataScopes scopes) {
		this.organisations = organisations;
		this.scopes = scopes;
	}

	/** The picker's options, answered to htmx as the user types. */
	@GetMapping("/console/orgs/picker")
	String options(@RequestParam String field, @RequestParam(defaultValue = "") String type,
			@RequestParam String select, @RequestParam(defaultValue = "") String orgQuery, Model model) {
		Spec spec = Spec.parse(field + ":" + type);
		model.addAttribute("selectId", select);
		model.addAttribute("field", field);
		model.addAttribute("matches", orgQuery.isBlank() ? null : matches(spec, orgQuery.strip()));
		return "org/picker :: options(selectId=${selectId}, field=${field}, matches=${matches})";
	}

	List<OrgSummary> matches(Spec spec, String text) {
		if (spec.anywhere()) {
			return this.organisations.grassrootsNamed(text, LIMIT);
		}
		DataScope scope = this.scopes.current();
		return this.organisations.search(scope, text, spec.type(), LIMIT, 0);
	}

	/**
	 * The one organisation a typed name stands for, for a form posted without choosing
	 * (no JavaScript): the exact name, else the only one containing it.
	 */
	@Nullable OrgSummary resolve(Spec spec, String text) {
		List<OrgSummary> found = matches(spec, text);
		List<OrgSummary> exact = found.stream().filter(org -> org.name().equals(text)).toList();
		if (exact.size() == 1) {
			return exact.get(0);
		}
		return found.size() == 1 ? found.get(0) : null;
	}

	/**
	 * What a picker asks for, as its form states it in {@code _orgPicker}:
	 * {@code field:type}, the type empty for any; a grassroots union for a transfer is
	 * looked for everywhere ({@code orgId:GRASSROOTS_UNION:anywhere}).
	 */
	record Spec(String field, @Nullable OrgType type, boolean anywhere) {

		static Spec parse(String text) {
			String[] parts = text.split(":", -1);
			OrgType type = parts.length > 1 ? type(parts[1]) : null;
			boolean anywhere = parts.length > 2 && "anywhere".equals(parts[2]) && type == OrgType.GRASSROOTS_UNION;
			return new Spec(parts[0], type, anywhere);
		}

		private static @Nullable OrgType type(String name) {
			for (OrgType type : OrgType.values()) {
				if (type.name().equals(name)) {
					return type;
				}
			}
			return null;
		}

	}

}
