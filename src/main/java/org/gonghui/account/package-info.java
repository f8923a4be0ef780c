/**
 * Accounts, sign-in and API tokens. Every staff account belongs to one organisation and
 * works inside its subtree; workers, judges and employers have accounts without one.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package org.gonghui.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
