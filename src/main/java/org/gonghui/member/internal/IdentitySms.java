package org.gonghui.member.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.gonghui.shared.ident.MobileNumber;
import org.gonghui.shared.sms.SmsSender;

/**
 * Sends 实名认证 codes after the request has answered: a gateway's latency would otherwise
 * tell requests that sent a code from those that did not. Called after the commit, so
 * nothing here may throw: a full queue or a stopped sender drops the SMS with a log line
 * (the number masked), and the worker asks again; a failing gateway is logged too.
 */
@Component
class IdentitySms {

	static final int QUEUE = 1000;

	private static final Logger log = LoggerFactory.getLogger(IdentitySms.class);

	private final SmsSender sms;

	private final ThreadPoolExecutor sender;

	@Autowired
	IdentitySms(SmsSender sms) {
		this(sms, QUEUE);
	}

	IdentitySms(SmsSender sms, int queue) {
		this.sms = sms;
		RejectedExecutionHandler dropped = (runnable, executor) -> log.warn(
				"identity code SMS to {} dropped: the send queue is full or the sender stopped",
				(runnable instanceof Send send) ? MobileNumber.mask(send.mobile()) : "?");
		this.sender = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
				(runnable) -> {
					Thread thread = new Thread(runnable, "identity-sms");
					thread.setDaemon(true);
					return thread;
				}, dropped);
	}

	/** Queues the code for sending; never throws. */
	void send(String mobile, String code) {
		try {
			this.sender.execute(new Send(mobile, code));
		}
		catch (RuntimeException ex) {
			log.warn("identity code SMS to {} not queued", MobileNumber.mask(mobile), ex);
		}
	}

	@PreDestroy
	void stop() {
		this.sender.shutdown();
		try {
			if (!this.sender.awaitTermination(5, TimeUnit.SECONDS)) {
				log.warn("identity code SMS still queued at shutdown: {}", this.sender.getQueue().size());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private final class Send implements Runnable {

		private final String mobile;

		private final String code;

		Send(String mobile, String code) {
			this.mobile = mobile;
			this.code = code;
		}

		String mobile() {
			return this.mobile;
		}

		@Override
		public void run() {
			try {
				IdentitySms.this.sms.sendIdentityCode(this.mobile, this.code);
			}
			catch (RuntimeException ex) {
				log.warn("identity code SMS to {} failed", MobileNumber.mask(this.mobile), ex);
			}
		}

	}

}
