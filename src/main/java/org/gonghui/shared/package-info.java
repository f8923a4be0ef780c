/**
 * Infrastructure every module shares: the database, web conventions (problem details,
 * paging, idempotency), the signed-in user and their data scope, region codes.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.gonghui.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
