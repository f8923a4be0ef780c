@NullMarked
package org.gonghui.audit.internal;

import org.jspecify.annotations.NullMarked;
