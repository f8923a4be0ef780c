package org.gonghui.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gonghui.member.MemberStatus;
import org.gonghui.shared.security.CurrentUser;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.sheet.SheetException;

/** Roster import and export over the API; the files are .xlsx, streamed to the client. */
@RestController
@RequestMapping("/api/v1/members")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class MemberImportApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MemberImports imports;

	private final MemberExports exports;

	private final RosterScopes rosters;

	private final DataScopes scopes;

	MemberImportApiController(MemberImports imports, MemberExports exports, RosterScopes rosters, DataScopes scopes) {
		this.imports = imports;
		this.exports = exports;
		this.rosters = rosters;
		this.scopes = scopes;
	}

	/** Accepts the file and answers 202 at once; follow the Location for progress. */
	@PostMapping(path = "/imports", consumes = "multipart/form-data")
	ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file) throws IOException {
		CurrentUser user = CurrentUser.require();
		if (file.isEmpty()) {
			throw new SheetException("sheet.empty");
		}
		MemberImportJob job = this.imports.start(user, this.scopes.scopeOf(user), file.getOriginalFilename(),
				file.getBytes());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/members/imports/" + job.id()))
			.body(Map.of("id", job.id(), "status", job.status()));
	}

	@GetMapping("/imports/{id}")
	MemberImportView status(@PathVariable UUID id) {
		return this.imports.status(this.scopes.current(), id);
	}

	@GetMapping("/imports/{id}/errors.xlsx")
	void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		DataScope scope = this.scopes.current();
		this.imports.status(scope, id); // 404 before any byte is sent
		try (OutputStream out = download(response, "导入错误报告.xlsx")) {
			this.imports.writeErrorReport(scope, id, out);
		}
	}

	@GetMapping("/imports/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		try (OutputStream out = download(response, "会员名册导入模板.xlsx")) {
			this.imports.writeTemplate(out);
		}
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) @Nullable Long orgId,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable MemberStatus status, HttpServletResponse response)
			throws IOException {
		DataScope scope = this.scopes.current();
		MemberFilter filter = this.rosters.filter(scope, orgId, name, status); // 404
																				// before
																				// any
																				// byte is
																				// sent
		try (OutputStream out = download(response, "会员名册.xlsx")) {
			this.exports.export(scope, filter, out);
		}
	}

	private static OutputStream download(HttpServletResponse response, String filename) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return response.getOutputStream();
	}

}
