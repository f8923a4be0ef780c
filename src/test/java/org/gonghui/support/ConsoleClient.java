package org.gonghui.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session without the browser: signs in through the login form, keeps the
 * session cookie and sends each form with the page's CSRF token, as the console's pages
 * are used.
 */
public final class ConsoleClient {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf = "";

	private ConsoleClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in through the login form; fails if the form does not let the user in. */
	public static ConsoleClient signIn(int port, String username, String password) {
		ConsoleClient client = new ConsoleClient(port);
		Page login = client.submit("/login", Map.of("username", username, "password", password));
		if (login.status() != 302 || login.location().contains("/login")) {
			throw new IllegalStateException("sign-in failed: " + login.status() + " " + login.location());
		}
		return client;
	}

	/** A form sign-in that may be refused; the answer is the login page's redirect. */
	public static Page attemptSignIn(int port, String username, String password) {
		return new ConsoleClient(port).submit("/login", Map.of("username", username, "password", password));
	}

	public Page get(String path) {
		Page page = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
		Matcher token = CSRF.matcher(page.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return page;
	}

	/** A download (a spreadsheet, a PDF) as bytes; fails unless it is served. */
	public byte[] download(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("download failed: " + response.statusCode() + " " + path);
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Posts a form as the page at {@code path} would (its CSRF token fetched first when
	 * none is known yet).
	 */
	public Page post(String path, Map<String, String> form) {
		if (this.csrf.isEmpty()) {
			get("/console");
		}
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("_csrf", this.csrf);
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
			.build());
	}

	private Page submit(String path, Map<String, String> form) {
		Matcher token = CSRF_INPUT.matcher(get(path).body());
		this.csrf = token.find() ? token.group(1) : "";
		Page page = post(path, form);
		this.csrf = "";
		return page;
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Page(int status, String location, String body) {
	}

}
