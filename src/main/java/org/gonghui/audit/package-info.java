/**
 * The audit log: every change (who, when, what, before and after) and every read of
 * personal data. Other modules write through {@link org.gonghui.audit.AuditLog}, in their
 * own transaction, so a change that rolls back leaves no audit entry behind and none is
 * missing.
 */
@NullMarked
@ApplicationModule(displayName = "Audit")
package org.gonghui.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
