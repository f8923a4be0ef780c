package org.gonghui.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.gonghui.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeated key is answered from the first answer only for the same caller. Callers
 * without an account are told apart by address: otherwise a stranger reusing a key on the
 * token endpoint would be handed another client's token.
 */
@IntegrationTest
class IdempotencyIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anAnonymousRetryFromTheSameAddressGetsTheFirstAnswer() throws IOException {
		String key = "retry-" + System.nanoTime();
		String first = post("127.0.0.1", key, "{\"username\":\"admin\",\"password\":\"Admin12345\"}");
		String retry = post("127.0.0.1", key, "{\"username\":\"admin\",\"password\":\"wrong\"}");

		assertThat(first).startsWith("HTTP/1.1 200").contains("\"token\"");
		assertThat(retry).startsWith("HTTP/1.1 200").contains(token(first));
	}

	@Test
	void anotherAnonymousCallerReusingAKeyIsNotHandedTheFirstAnswer() throws IOException {
		String key = "shared-" + System.nanoTime();
		String first = post("127.0.0.1", key, "{\"username\":\"admin\",\"password\":\"Admin12345\"}");
		String stranger = post("127.0.0.2", key, "{\"username\":\"admin\",\"password\":\"wrong\"}");

		assertThat(first).startsWith("HTTP/1.1 200");
		assertThat(stranger).startsWith("HTTP/1.1 401").doesNotContain(token(first));
	}

	private static String token(String response) {
		return response.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
	}

	/** A raw request, so that it can leave from another loopback address. */
	private String post(String from, String key, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port, InetAddress.getByName(from), 0)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Idempotency-Key: " + key + "\r\nContent-Length: " + body.length
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
