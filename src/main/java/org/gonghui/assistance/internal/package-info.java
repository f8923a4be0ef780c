@NullMarked
package org.gonghui.assistance.internal;

import org.jspecify.annotations.NullMarked;
