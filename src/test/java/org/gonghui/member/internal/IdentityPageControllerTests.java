package org.gonghui.member.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After linking, the worker goes back only to a page of this site's portal or public
 * part.
 */
class IdentityPageControllerTests {

	@ParameterizedTest
	@ValueSource(strings = { "/portal", "/portal/competitions", "/portal/mutual-aid?plan=3",
			"/public/competitions/12#sign-up", "/public" })
	void localPortalAndPublicPagesAreKept(String next) {
		assertThat(IdentityPageController.safeNext(next)).isEqualTo(next);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/portal", "//evil.example/portal", "/\\evil.example",
			"/portal\\@evil.example", "/console/members", "/portalevil", "/public/x\r\nLocation: https://evil.example",
			"javascript:alert(1)", "", "portal", "/portal/{id}", " /portal" })
	void anythingElseGoesToThePortalHome(String next) {
		assertThat(IdentityPageController.safeNext(next)).isEqualTo("/portal");
	}

}
