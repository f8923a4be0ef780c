package org.gonghui.site.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public map ({@code gonghui.site.map.*}). Tiles must be drawn in GCJ-02 (mainland
 * providers are); markers are converted to match.
 *
 * @param tileUrl a Leaflet tile URL template ({s}, {x}, {y}, {z})
 * @param subdomains what {s} takes
 * @param centreLat WGS-84 centre of the map before a location is known (襄阳 by default)
 * @param region the city whose counties the public search offers to pick from
 */
@ConfigurationProperties("gonghui.site.map")
record SiteMapProperties(
		@DefaultValue("https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}") String tileUrl,
		@DefaultValue( {
				"1", "2", "3", "4" }) List<String> subdomains,
		@DefaultValue("© 高德地图") String attribution, @DefaultValue("18") int maxZoom,
		@DefaultValue("32.009") double centreLat, @DefaultValue("112.122") double centreLon,
		@DefaultValue("11") int zoom, @DefaultValue("420600") String region){
}
