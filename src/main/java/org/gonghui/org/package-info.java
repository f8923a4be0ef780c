/**
 * The union tree (组织建设): federations, industry unions and grassroots unions with their
 * employers, and the indicators a federation reports for its region (founding, workers'
 * congress and open factory affairs rates, member counts). Also resolves every staff
 * account's data scope.
 */
@NullMarked
@ApplicationModule(displayName = "Organisations")
package org.gonghui.org;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
