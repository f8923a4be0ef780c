@NullMarked
package org.gonghui;

import org.jspecify.annotations.NullMarked;
