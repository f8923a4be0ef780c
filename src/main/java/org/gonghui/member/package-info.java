/**
 * Members (会员): the roster of each union, joining online (入会), transfers between unions
 * (会员关系接转), spreadsheet import and export. The ID number is encrypted at rest and found
 * by a keyed hash; one ID number is one member across the whole platform.
 */
@NullMarked
@ApplicationModule(displayName = "Members")
package org.gonghui.member;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
