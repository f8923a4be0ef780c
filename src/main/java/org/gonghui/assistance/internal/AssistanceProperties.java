package org.gonghui.assistance.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the assistance module ({@code gonghui.assistance.*}).
 *
 * @param noticeDays default length of the public notice (公示); local rules use 5 to 7
 * working days
 * @param maxDocumentBytes largest supporting document accepted (a phone photo of a
 * certificate is 2–4 MB)
 * @param noticeBackdateDays how many days before the application a notice may be recorded
 * as having started: a notice posted on the workplace board is often entered later. 0 in
 * production; the demo walk-through sets it so a notice can pass without waiting.
 */
@ConfigurationProperties("gonghui.assistance")
record AssistanceProperties(@DefaultValue("7") int noticeDays, @DefaultValue("5242880") int maxDocumentBytes,
		@DefaultValue("0") int noticeBackdateDays) {
}
