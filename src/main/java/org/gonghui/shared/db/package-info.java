@NullMarked
package org.gonghui.shared.db;

import org.jspecify.annotations.NullMarked;
