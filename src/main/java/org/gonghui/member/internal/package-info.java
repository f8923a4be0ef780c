@NullMarked
package org.gonghui.member.internal;

import org.jspecify.annotations.NullMarked;
