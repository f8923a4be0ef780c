package org.gonghui.shared.web;

import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	/**
	 * Runs a console form's command, then returns to {@code back} (post/redirect/get)
	 * with its outcome as a flash message: the text the command returns, or its
	 * refusal's.
	 */
	public String flash(RedirectAttributes redirect, String back, Supplier<String> command) {
		try {
			redirect.addFlashAttribute("message", command.get());
		}
		catch (GonghuiException ex) {
			redirect.addFlashAttribute("error", text(ex));
		}
		return "redirect:" + back;
	}

}
