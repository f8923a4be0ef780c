package org.gonghui.member.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.gonghui.shared.sms.SmsSender;

import static org.assertj.core.api.Assertions.assertThat;

class IdentitySmsTests {

	@Test
	void aFullQueueOrAStoppedSenderDropsTheSmsWithoutThrowing() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<String> sent = new CopyOnWriteArrayList<>();
		IdentitySms sms = new IdentitySms(new FakeSms((mobile) -> {
			await(release);
			sent.add(mobile);
		}), 1);
		// two busy threads, one queued: the rest do not fit, and are dropped (a throw
		// would fail the test here)
		for (int i = 0; i < 6; i++) {
			sms.send("1380000000" + i, "123456");
		}
		release.countDown();
		sms.stop();
		assertThat(sent).hasSize(3);
		sms.send("13900000000", "123456");
		assertThat(sent).hasSize(3);
	}

	@Test
	void aFailingGatewayDoesNotStopTheSending() throws Exception {
		List<String> sent = new CopyOnWriteArrayList<>();
		IdentitySms sms = new IdentitySms(new FakeSms((mobile) -> {
			if (mobile.endsWith("0")) {
				throw new IllegalStateException("gateway down");
			}
			sent.add(mobile);
		}), 10);
		for (int i = 0; i < 6; i++) {
			sms.send("1380000000" + i, "123456");
		}
		sms.stop();
		assertThat(sent).hasSize(5);
	}

	private record FakeSms(java.util.function.Consumer<String> identity) implements SmsSender {

		@Override
		public void sendVoteCode(String mobile, String code, String roundName) {
		}

		@Override
		public void sendTeamInvitationCode(String mobile, String code, String teamName) {
		}

		@Override
		public void sendIdentityCode(String mobile, String code) {
			this.identity.accept(mobile);
		}

	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
