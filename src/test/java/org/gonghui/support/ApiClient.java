package org.gonghui.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the API in integration tests: real requests over the loopback.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String token;

	public ApiClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public ApiClient login(String username, String password) {
		Response response = post("/api/v1/auth/token", Map.of("username", username, "password", password));
		if (response.status() != 200) {
			throw new IllegalStateException("login failed: " + response.status() + " " + response.body());
		}
		this.token = response.json().get("token").asString();
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET().build());
	}

	public Response post(String path, Object body) {
		return post(path, body, Map.of());
	}

	public Response post(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		headers.forEach(request::header);
		return send(request.build());
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	public Response delete(String path) {
		return send(request(path).DELETE().build());
	}

	public Response patch(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	public Response delete(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.method("DELETE", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build());
	}

	public Response upload(String path, String filename, byte[] content) {
		String boundary = "----gonghui" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	public static Map<String, Object> body(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String body, String contentType, byte[] bytes) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
