@NullMarked
package org.gonghui.shared.security;

import org.jspecify.annotations.NullMarked;
