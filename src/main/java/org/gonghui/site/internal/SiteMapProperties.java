package org.gonghui.site.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public site search's own map settings ({@code gonghui.site.map.*}); the tiles are
 * {@link org.gonghui.shared.geo.MapTiles}, bound from the same prefix.
 *
 * @param region the city whose counties the public search offers to pick from
 */
@ConfigurationProperties("gonghui.site.map")
record SiteMapProperties(@DefaultValue("420600") String region) {
}
