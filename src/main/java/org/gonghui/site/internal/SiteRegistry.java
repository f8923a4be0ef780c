package org.gonghui.site.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.org.OrgDirectory;
import org.gonghui.org.OrgSummary;
import org.gonghui.shared.geo.ChinaCoordinates;
import org.gonghui.shared.geo.GeoPoint;
import org.gonghui.shared.region.Regions;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.web.GonghuiException;
import org.gonghui.site.Facility;
import org.gonghui.site.OpeningHours;
import org.gonghui.site.ServiceSites;
import org.gonghui.site.SiteDraft;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteSummary;

/**
 * Registers and changes sites inside a staff account's data scope; every change is
 * audited under the site's organisation.
 */
@Service
class SiteRegistry implements ServiceSites {

	static final int MAX_PHOTOS = 9;

	static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

	private final SiteRepository sites;

	private final OrgDirectory orgs;

	private final Regions regions;

	private final AuditLog audit;

	SiteRegistry(SiteRepository sites, OrgDirectory orgs, Regions regions, AuditLog audit) {
		this.sites = sites;
		this.orgs = orgs;
		this.regions = regions;
		this.audit = audit;
	}

	@Override
	public Optional<SiteSummary> find(long id) {
		return this.sites.find(id).map(SiteRecord::summary);
	}

	@Override
	public List<SiteSummary> gigMarketStations(String regionPrefix) {
		return this.sites.gigMarketStations(regionPrefix).stream().map(SiteRecord::summary).toList();
	}

	@Override
	@Transactional
	public List<Long> registerAll(List<SiteDraft> drafts) {
		List<Long> ids = new ArrayList<>(drafts.size());
		for (SiteDraft draft : drafts) {
			OrgSummary org = this.orgs.find(draft.orgId()).orElseThrow(GonghuiException::notFound);
			checkRegion(draft.regionCode());
			SiteRecord site = new SiteRecord(0, draft.name(), draft.types(), org.id(), org.path(), draft.address(),
					draft.regionCode(), draft.location(), draft.facilities(), draft.hours(), draft.phone(),
					draft.honours(), draft.description(), SiteStatus.ACTIVE, 0);
			ids.add(this.sites.insert(site));
		}
		return ids;
	}

	Optional<SiteRecord> findWithin(DataScope scope, long id) {
		return this.sites.find(id).filter(site -> scope.contains(site.orgPath()));
	}

	/** An active site for the public pages; others are not found. */
	Optional<SiteRecord> findPublic(long id) {
		return this.sites.find(id).filter(site -> site.status() == SiteStatus.ACTIVE);
	}

	@Transactional
	SiteRecord create(DataScope scope, SiteForm form) {
		SiteRecord site = fromForm(scope, 0, 0, form, SiteStatus.ACTIVE);
		long id = this.sites.insert(site);
		SiteRecord created = this.sites.find(id).orElseThrow();
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "site", id, created.orgPath(), "登记服务阵地：" + created.name()));
		return created;
	}

	@Transactional
	SiteRecord update(DataScope scope, long id, SiteForm form) {
		SiteRecord before = findWithin(scope, id).orElseThrow(GonghuiException::notFound);
		if (form.version() == null) {
			throw new GonghuiException(HttpStatus.PRECONDITION_REQUIRED, "site.version-required");
		}
		if (form.version() != before.version()) {
			throw GonghuiException.conflict("site.changed-meanwhile");
		}
		SiteRecord after = fromForm(scope, id, before.version(), form, before.status());
		if (!this.sites.update(after)) {
			throw GonghuiException.conflict("site.changed-meanwhile");
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "site", id, after.orgPath(), "修改服务阵地：" + after.name())
			.withChanges(AuditEntry.diff(before.auditFields(), after.auditFields())));
		return this.sites.find(id).orElseThrow();
	}

	/** Creates every form in one transaction, for imports; all or nothing. */
	@Transactional
	int createAll(DataScope scope, List<SiteForm> forms, String fileName) {
		for (SiteForm form : forms) {
			this.sites.insert(fromForm(scope, 0, 0, form, SiteStatus.ACTIVE));
		}
		this.audit.record(AuditEntry.of(AuditAction.IMPORT, "site", fileName, scope.path(),
				"导入服务阵地 " + forms.size() + " 个（" + fileName + "）"));
		return forms.size();
	}

	/**
	 * Checks a form as {@link #create} would, without writing: for imports, which check
	 * every row before writing any.
	 */
	void check(DataScope scope, SiteForm form) {
		fromForm(scope, 0, 0, form, SiteStatus.ACTIVE);
	}

	@Transactional
	long addPhoto(DataScope scope, long siteId, byte[] bytes, @Nullable String caption) {
		SiteRecord site = findWithin(scope, siteId).orElseThrow(GonghuiException::notFound);
		if (bytes.length == 0 || bytes.length > MAX_PHOTO_BYTES) {
			throw GonghuiException.invalid("site.photo.size", MAX_PHOTO_BYTES / 1024 / 1024);
		}
		String type = PhotoTypes.detect(bytes).orElseThrow(() -> GonghuiException.invalid("site.photo.type"));
		if (this.sites.photoCount(siteId) >= MAX_PHOTOS) {
			throw GonghuiException.invalid("site.photo.too-many", MAX_PHOTOS);
		}
		long id = this.sites.addPhoto(siteId, type, bytes, caption == null || caption.isBlank() ? null : caption);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "site", siteId, site.orgPath(), "上传服务阵地照片：" + site.name()));
		return id;
	}

	@Transactional
	void deletePhoto(DataScope scope, long siteId, long photoId) {
		SiteRecord site = findWithin(scope, siteId).orElseThrow(GonghuiException::notFound);
		if (!this.sites.deletePhoto(siteId, photoId)) {
			throw GonghuiException.notFound();
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "site", siteId, site.orgPath(), "删除服务阵地照片：" + site.name()));
	}

	List<Long> photoIds(long siteId) {
		return this.sites.photoIds(siteId);
	}

	Optional<SiteRepository.Photo> photo(long siteId, long photoId) {
		return this.sites.photo(siteId, photoId);
	}

	private SiteRecord fromForm(DataScope scope, long id, int version, SiteForm form, SiteStatus unlessGiven) {
		if (form.name() == null || form.types() == null || form.types().isEmpty() || form.orgId() == null
				|| form.address() == null || form.regionCode() == null || form.lat() == null || form.lon() == null
				|| form.hours() == null) {
			throw GonghuiException.invalid("error.validation");
		}
		OrgSummary org = this.orgs.findWithin(scope, form.orgId()).orElseThrow(GonghuiException::notFound);
		checkRegion(form.regionCode());
		OpeningHours hours = parseHours(form.hours());
		GeoPoint point = new GeoPoint(form.lat(), form.lon());
		if ("GCJ02".equals(form.coordinates())) {
			point = ChinaCoordinates.gcj02ToWgs84(point);
		}
		if (!ChinaCoordinates.isInMainland(point)) {
			throw GonghuiException.invalidField("lat", "site.location.outside");
		}
		Set<Facility> facilities = form.facilities() == null || form.facilities().isEmpty()
				? EnumSet.noneOf(Facility.class) : EnumSet.copyOf(form.facilities());
		return new SiteRecord(id, form.name().strip(), EnumSet.copyOf(form.types()), org.id(), org.path(),
				form.address().strip(), form.regionCode(), point, facilities, hours, blankToNull(form.phone()),
				honours(form.honours()), blankToNull(form.description()),
				form.status() == null ? unlessGiven : form.status(), version);
	}

	private static OpeningHours parseHours(String text) {
		try {
			return OpeningHours.parse(text);
		}
		catch (GonghuiException ex) {
			throw new GonghuiException(HttpStatus.UNPROCESSABLE_CONTENT,
					List.of(new GonghuiException.FieldError("hours", ex.messageKey(), ex.arguments())), ex.messageKey(),
					ex.arguments());
		}
	}

	private void checkRegion(String code) {
		if (this.regions.find(code).isEmpty()) {
			throw GonghuiException.invalidField("regionCode", "site.region.unknown", code);
		}
	}

	private static List<String> honours(@Nullable List<String> honours) {
		if (honours == null) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		for (String honour : honours) {
			for (String line : honour.split("[\\r\\n]+")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
