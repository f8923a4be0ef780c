package org.gonghui.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves message keys to the user's text, for controllers that put a refusal on a form.
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String text(String key, Object... args) {
		return this.source.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	public String text(GonghuiException ex) {
		return text(ex.messageKey(), ex.arguments());
	}

}
