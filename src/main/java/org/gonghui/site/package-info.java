/**
 * Service sites (服务阵地): worker homes, outdoor-worker stations, reading rooms, drivers'
 * homes, cultural palaces and the like, with their facilities and opening hours, for the
 * public map and the nearest-open search. Locations are WGS-84
 * ({@link org.gonghui.shared.geo.GeoPoint}).
 */
@NullMarked
package org.gonghui.site;

import org.jspecify.annotations.NullMarked;
