package org.gonghui.site.internal;

import org.jspecify.annotations.Nullable;

/**
 * A site found by the public search, with its distance from the searcher when one was
 * given.
 */
record SiteHit(SiteRecord site, @Nullable Double distanceMetres) {
}
