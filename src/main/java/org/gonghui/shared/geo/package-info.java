/**
 * Coordinates shared by the service-site map and the gig market: WGS-84 points, the
 * GCJ-02 conversion mainland map tiles need, great-circle distance and bounding boxes for
 * index prefiltering.
 */
@NullMarked
package org.gonghui.shared.geo;

import org.jspecify.annotations.NullMarked;
