package org.gonghui.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import org.gonghui.shared.sms.SmsSender;

/**
 * Keeps every SMS the application sends, so tests can see which number a code went to
 * (the application's own sender only logs a masked number).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingSms {

	private static final List<Sent> SENT = new CopyOnWriteArrayList<>();

	@Bean
	@Primary
	SmsSender recordingSmsSender() {
		return new SmsSender() {
			@Override
			public void sendVoteCode(String mobile, String code, String roundName) {
				SENT.add(new Sent("vote", mobile, code));
			}

			@Override
			public void sendTeamInvitationCode(String mobile, String code, String teamName) {
				SENT.add(new Sent("team-invitation", mobile, code));
			}

			@Override
			public void sendIdentityCode(String mobile, String code) {
				SENT.add(new Sent("identity", mobile, code));
			}
		};
	}

	/** The messages of this kind sent to {@code mobile} so far. */
	public static List<Sent> to(String kind, String mobile) {
		return SENT.stream().filter((s) -> s.kind().equals(kind) && s.mobile().equals(mobile)).toList();
	}

	/**
	 * Waits (a few seconds at most) until {@code count} messages of this kind went to
	 * {@code mobile}, as some are sent after the request has answered; returns them.
	 */
	public static List<Sent> awaitTo(String kind, String mobile, int count) {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		while (to(kind, mobile).size() < count && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return to(kind, mobile);
	}

	/** Every message of this kind sent so far, to any number. */
	public static List<Sent> all(String kind) {
		return SENT.stream().filter((s) -> s.kind().equals(kind)).toList();
	}

	public record Sent(String kind, String mobile, String code) {
	}

}
