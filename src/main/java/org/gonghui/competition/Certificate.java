package org.gonghui.competition;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What an award certificate (获奖证书) says; {@code checkUrl} is the public page that
 * verifies the code. A team prize gives each team member a certificate naming the team.
 */
public record Certificate(String contestName, String entrantName, @Nullable String teamName, String prizeClassName,
		LocalDate awardedOn, String organiserName, VerificationCode code, String checkUrl) {

	/** An individual's certificate. */
	public Certificate(String contestName, String entrantName, String prizeClassName, LocalDate awardedOn,
			String organiserName, VerificationCode code, String checkUrl) {
		this(contestName, entrantName, null, prizeClassName, awardedOn, organiserName, code, checkUrl);
	}

	public Certificate {
		Objects.requireNonNull(contestName, "contestName");
		Objects.requireNonNull(entrantName, "entrantName");
		Objects.requireNonNull(prizeClassName, "prizeClassName");
		Objects.requireNonNull(awardedOn, "awardedOn");
		Objects.requireNonNull(organiserName, "organiserName");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(checkUrl, "checkUrl");
	}

}
