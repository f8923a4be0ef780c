package org.gonghui.shared.sheet;

import org.springframework.http.HttpStatus;

import org.gonghui.shared.web.GonghuiException;

/**
 * A file the clerk must fix before it can be imported at all: wrong format, unreadable,
 * no header, missing required columns. Problems in single cells are {@link RowError}s
 * instead, so one bad row does not refuse the whole file.
 */
public class SheetException extends GonghuiException {

	public SheetException(String messageKey, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

	public SheetException(Throwable cause, String messageKey, Object... arguments) {
		this(messageKey, arguments);
		initCause(cause);
	}

}
