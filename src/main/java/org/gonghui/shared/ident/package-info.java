@NullMarked
package org.gonghui.shared.ident;

import org.jspecify.annotations.NullMarked;
