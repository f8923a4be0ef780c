@NullMarked
package org.gonghui.account.internal;

import org.jspecify.annotations.NullMarked;
