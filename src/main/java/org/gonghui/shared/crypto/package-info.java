@NullMarked
package org.gonghui.shared.crypto;

import org.jspecify.annotations.NullMarked;
