@NullMarked
package org.gonghui.org.web;

import org.jspecify.annotations.NullMarked;
