package org.gonghui.competition;

/**
 * A contest rule refused an action. The message is a key in {@code messages.properties};
 * the web layer answers 422 (or 409 for {@code judging.already-submitted}) with its
 * Chinese text.
 */
public class ContestRuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ContestRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
