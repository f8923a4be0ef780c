/**
 * Hardship assistance (困难职工帮扶): hardship files with category proposal, review, public
 * notice, approval, yearly re-check and exit; condolence campaigns (送温暖) and student aid
 * (金秋助学). The domain here is plain Java; persistence and pages are wired onto it.
 */
@NullMarked
package org.gonghui.assistance;

import org.jspecify.annotations.NullMarked;
