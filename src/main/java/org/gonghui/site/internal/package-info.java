@NullMarked
package org.gonghui.site.internal;

import org.jspecify.annotations.NullMarked;
