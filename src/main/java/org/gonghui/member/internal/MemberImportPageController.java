package org.gonghui.member.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gonghui.member.MemberStatus;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.Messages;

/**
 * Uploading a roster spreadsheet and watching it import; the page polls the job with
 * htmx.
 */
@Controller
class MemberImportPageController {

	private final MemberImports imports;

	private final MemberExports exports;

	private final DataScopes scopes;

	private final Messages messages;

	MemberImportPageController(MemberImports imports, MemberExports exports, DataScopes scopes, Messages messages) {
		this.imports = imports;
		this.exports = exports;
		this.scopes = scopes;
		this.messages = messages;
	}

	@GetMapping("/console/members/imports")
	String page(Model model) {
		model.addAttribute("recent", this.imports.recent(CurrentUser.require(), this.scopes.current(), 10));
		return "member/imports";
	}

	@PostMapping("/console/members/imports")
	String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			MemberImportJob job = this.imports.start(CurrentUser.require(), this.scopes.current(),
					file.getOriginalFilename(), file.getBytes());
			return "redirect:/console/members/imports/" + job.id();
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", this.messages.text(ex));
			return "redirect:/console/members/imports";
		}
	}

	@GetMapping("/console/members/imports/{id}")
	String job(@PathVariable UUID id, Model model) {
		model.addAttribute("job", this.imports.status(this.scopes.current(), id));
		return "member/import-job";
	}

	@GetMapping("/console/members/imports/{id}/errors.xlsx")
	void errorReport(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.current();
		this.imports.status(scope, id);
		xlsx(response, "导入错误报告.xlsx");
		this.imports.writeErrorReport(scope, id, response.getOutputStream());
	}

	@GetMapping("/console/members/imports/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		xlsx(response, "会员导入模板.xlsx");
		this.imports.writeTemplate(response.getOutputStream());
	}

	@GetMapping("/console/members/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable MemberStatus status, HttpServletResponse response)
			throws IOException {
		DataScope scope = this.scopes.current();
		xlsx(response, "会员名册.xlsx");
		this.exports.export(scope, orgId, name, status, response.getOutputStream());
	}

	private static void xlsx(HttpServletResponse response, String filename) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
	}

	/** The progress fragment that the job page polls until the job ends. */
	@GetMapping("/console/members/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model) {
		model.addAttribute("job", this.imports.status(this.scopes.current(), id));
		return "member/import-job :: progress";
	}

}
