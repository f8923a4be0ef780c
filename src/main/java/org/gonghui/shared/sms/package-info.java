/**
 * One-time codes by SMS: the sender every module uses, and whether codes are also shown
 * on screen (the demo).
 */
@NullMarked
package org.gonghui.shared.sms;

import org.jspecify.annotations.NullMarked;
