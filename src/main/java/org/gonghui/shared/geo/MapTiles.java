package org.gonghui.shared.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public maps' tiles ({@code gonghui.site.map.*}), shared by the service-site and gig
 * pages. Tiles must be drawn in GCJ-02 (mainland providers are); markers are converted to
 * match.
 *
 * @param tileUrl a Leaflet tile URL template ({s}, {x}, {y}, {z})
 * @param subdomains what {s} takes
 * @param centreLat WGS-84 centre of a map before a location is known (襄阳 by default)
 */
@ConfigurationProperties("gonghui.site.map")
public record MapTiles(
		@DefaultValue("https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}") String tileUrl,
		@DefaultValue( {
				"1", "2", "3", "4" }) List<String> subdomains,
		@DefaultValue("© 高德地图") String attribution, @DefaultValue("18") int maxZoom,
		@DefaultValue("32.009") double centreLat, @DefaultValue("112.122") double centreLon,
		@DefaultValue("11") int zoom){

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What the page scripts need to draw a map, as JSON for a data attribute (the CSP
	 * allows no inline script). The centre goes out in GCJ-02, like the tiles.
	 * @param centre a WGS-84 point to centre on and mark as "here", or null for the
	 * configured default
	 */
	public String configJson(@Nullable GeoPoint centre) {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("tileUrl", this.tileUrl);
		config.put("subdomains", this.subdomains);
		config.put("attribution", this.attribution);
		config.put("maxZoom", this.maxZoom);
		GeoPoint c = centre != null ? centre : new GeoPoint(this.centreLat, this.centreLon);
		GeoPoint gcj = ChinaCoordinates.wgs84ToGcj02(c);
		config.put("centre", List.of(gcj.lat(), gcj.lon()));
		config.put("zoom", centre != null ? 14 : this.zoom);
		config.put("here", centre != null);
		return JSON.writeValueAsString(config);
	}

}
