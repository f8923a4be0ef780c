package org.gonghui.demo;

import org.jspecify.annotations.Nullable;

/**
 * A demo sign-in. {@code role} is the name of an
 * {@code org.gonghui.shared.security.Role}; {@code password} is the shared plain demo
 * password, to be hashed by the integrator and never used outside demo data.
 */
public record DemoAccount(String username, String displayName, String role, @Nullable String orgKey, String password) {
}
