@NullMarked
package org.gonghui.gig.internal;

import org.jspecify.annotations.NullMarked;
