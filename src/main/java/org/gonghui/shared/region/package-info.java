@NullMarked
package org.gonghui.shared.region;

import org.jspecify.annotations.NullMarked;
