package org.gonghui.site.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.site.Facility;
import org.gonghui.site.SiteStatus;
import org.gonghui.site.SiteType;

/**
 * A site as staff enter it, in the API and the console.
 *
 * @param hours the compact text of {@link org.gonghui.site.OpeningHours#parse}
 * @param coordinates how {@code lat}/{@code lon} were taken: {@code WGS84} (GPS, the
 * default) or {@code GCJ02} (picked on a mainland map such as AMap), converted to WGS-84
 * before storing
 * @param honours one per element; elements with line breaks are split
 * @param status on update, empty keeps the site's status
 * @param version on update, the version the editor read; a later edit by someone else
 * refuses the save instead of being overwritten
 */
record SiteForm(@NotBlank @Size(max = 100) @Nullable String name, @NotEmpty @Nullable Set<SiteType> types,
		@NotNull @Nullable Long orgId, @NotBlank @Size(max = 200) @Nullable String address,
		@NotBlank @Pattern(regexp = "\\d{6}") @Nullable String regionCode,
		@NotNull @DecimalMin("-90") @DecimalMax("90") @Nullable Double lat,
		@NotNull @DecimalMin("-180") @DecimalMax("180") @Nullable Double lon, @Nullable Set<Facility> facilities,
		@NotBlank @Size(max = 2000) @Nullable String hours, @Size(max = 40) @Nullable String phone,
		@Nullable List<String> honours, @Size(max = 2000) @Nullable String description, @Nullable SiteStatus status,
		@Pattern(regexp = "WGS84|GCJ02") @Nullable String coordinates, @Nullable Integer version) {

	SiteForm withVersion(@Nullable Integer version) {
		return new SiteForm(this.name, this.types, this.orgId, this.address, this.regionCode, this.lat, this.lon,
				this.facilities, this.hours, this.phone, this.honours, this.description, this.status, this.coordinates,
				version);
	}
}
