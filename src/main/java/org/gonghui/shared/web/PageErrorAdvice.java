package org.gonghui.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.gonghui.shared.security.CurrentUser;

/**
 * Refusals on pages render the error page with the Chinese reason and the right status.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final MessageSource messages;

	PageErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return CurrentUser.current().orElse(null);
	}

	@ExceptionHandler(GonghuiException.class)
	String refused(GonghuiException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("detail", this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale()));
		return "error";
	}

	/**
	 * A deadlock or a lock that could not be had (two people at once): 409, try again.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	String lockConflict(PessimisticLockingFailureException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		model.addAttribute("detail",
				this.messages.getMessage("error.lock-conflict", null, LocaleContextHolder.getLocale()));
		return "error";
	}

}
