package org.gonghui.site.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gonghui.org.OrgDirectory;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.security.DataScopes;
import org.gonghui.shared.sheet.RowError;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteType;

/** Staff maintain the sites of their subtree. */
@RestController
@RequestMapping("/api/v1/sites")
@PreAuthorize("hasAnyRole('ADMIN','FEDERATION_STAFF','UNION_OFFICER')")
class SiteApiController {

	private final SiteRegistry registry;

	private final SiteRepository sites;

	private final SiteImports imports;

	private final SiteCoverage coverage;

	private final DataScopes scopes;

	private final OrgDirectory orgs;

	SiteApiController(SiteRegistry registry, SiteRepository sites, SiteImports imports, SiteCoverage coverage,
			DataScopes scopes, OrgDirectory orgs) {
		this.registry = registry;
		this.sites = sites;
		this.imports = imports;
		this.coverage = coverage;
		this.scopes = scopes;
		this.orgs = orgs;
	}

	@GetMapping
	PageResponse<SiteView> list(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable SiteType type,
			@RequestParam(required = false) @Nullable SiteStatus status,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		DataScope scope = this.scopes.current();
		return this.sites.page(new SiteFilter(scope.path(), name, type, status, region), PageRequest.of(page, size))
			.map(SiteView::of);
	}

	@GetMapping("/{id}")
	SiteView get(@PathVariable long id) {
		return this.registry.findWithin(this.scopes.current(), id)
			.map(SiteView::of)
			.orElseThrow(GonghuiException::notFound);
	}

	@PostMapping
	ResponseEntity<SiteView> create(@Valid @RequestBody SiteForm form) {
		SiteRecord site = this.registry.create(this.scopes.current(), form);
		return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(SiteView.of(site));
	}

	/**
	 * The version read before editing comes as {@code If-Match} (the number, quoted or
	 * not) or as {@code version} in the body.
	 */
	@PutMapping("/{id}")
	SiteView update(@PathVariable long id, @Valid @RequestBody SiteForm form,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		SiteForm versioned = ifMatch == null ? form : form.withVersion(version(ifMatch));
		return SiteView.of(this.registry.update(this.scopes.current(), id, versioned));
	}

	private static Integer version(String ifMatch) {
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Integer.valueOf(tag);
		}
		catch (NumberFormatException ex) {
			throw GonghuiException.invalid("site.version-invalid");
		}
	}

	@PostMapping("/{id}/photos")
	ResponseEntity<Map<String, Object>> addPhoto(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String caption) {
		long photoId = this.registry.addPhoto(this.scopes.current(), id, bytes(file), caption);
		return ResponseEntity.created(URI.create("/public/sites/" + id + "/photos/" + photoId))
			.body(Map.of("id", photoId, "url", "/public/sites/" + id + "/photos/" + photoId));
	}

	@DeleteMapping("/{id}/photos/{photoId}")
	ResponseEntity<Void> deletePhoto(@PathVariable long id, @PathVariable long photoId) {
		this.registry.deletePhoto(this.scopes.current(), id, photoId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Imports an .xlsx or .csv: 201 with the count, or 422 with every row's errors and
	 * nothing written.
	 */
	@PostMapping("/import")
	ResponseEntity<Map<String, Object>> importFile(@RequestPart("file") MultipartFile file) {
		SiteImports.Result result;
		try {
			result = this.imports.importFile(this.scopes.current(), file.getInputStream(),
					file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!result.succeeded()) {
			List<RowError> errors = result.errors();
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
				.body(Map.of("imported", 0, "errors", errors));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", result.imported()));
	}

	@GetMapping("/coverage")
	SiteCoverage.Report coverage(@RequestParam(required = false) @Nullable String region) {
		DataScope scope = this.scopes.current();
		return this.coverage.of(scope, region != null ? region : defaultRegion(scope, this.orgs));
	}

	static String defaultRegion(DataScope scope, OrgDirectory orgs) {
		return orgs.find(scope.orgId())
			.map(org -> org.regionCode())
			.filter(code -> code.matches("\\d{6}") && !code.equals("100000"))
			.orElse("420000");
	}

	private static byte[] bytes(MultipartFile file) {
		if (file.getSize() > SiteRegistry.MAX_PHOTO_BYTES) {
			throw GonghuiException.invalid("site.photo.size", SiteRegistry.MAX_PHOTO_BYTES / 1024 / 1024);
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
