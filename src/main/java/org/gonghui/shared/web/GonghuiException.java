package org.gonghui.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user can act on: its message is a key in {@code messages.properties}, so
 * the web pages and the API give the same Chinese text.
 */
public class GonghuiException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	private final List<FieldError> fieldErrors;

	public GonghuiException(HttpStatus status, String messageKey, Object... arguments) {
		this(status, List.of(), messageKey, arguments);
	}

	public GonghuiException(HttpStatus status, List<FieldError> fieldErrors, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	public static GonghuiException notFound() {
		return new GonghuiException(HttpStatus.NOT_FOUND, "error.not-found");
	}

	public static GonghuiException conflict(String messageKey, Object... arguments) {
		return new GonghuiException(HttpStatus.CONFLICT, messageKey, arguments);
	}

	public static GonghuiException invalid(String messageKey, Object... arguments) {
		return new GonghuiException(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

	public static GonghuiException invalidField(String field, String messageKey, Object... arguments) {
		return new GonghuiException(HttpStatus.UNPROCESSABLE_CONTENT,
				List.of(new FieldError(field, messageKey, arguments)), messageKey, arguments);
	}

	public static GonghuiException forbidden() {
		return new GonghuiException(HttpStatus.FORBIDDEN, "error.forbidden");
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public List<FieldError> fieldErrors() {
		return this.fieldErrors;
	}

	/** A field-level error whose message is a key with arguments. */
	public record FieldError(String field, String messageKey, Object... arguments) {
	}

}
