@NullMarked
package org.gonghui.shared.web;

import org.jspecify.annotations.NullMarked;
