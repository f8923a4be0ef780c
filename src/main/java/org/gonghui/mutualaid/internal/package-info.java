@NullMarked
package org.gonghui.mutualaid.internal;

import org.jspecify.annotations.NullMarked;
