@NullMarked
package org.gonghui.org.internal;

import org.jspecify.annotations.NullMarked;
