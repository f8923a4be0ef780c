package org.gonghui.member.internal;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's COPY text format, built as UTF-8 bytes: tab between columns, a
 * newline after each row, {@code \N} for null, and backslash escapes for the characters
 * the format reserves.
 */
final class CopyText {

	private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private byte[] bytes;

	private int size;

	CopyText(int capacity) {
		this.bytes = new byte[Math.max(capacity, 64)];
	}

	int size() {
		return this.size;
	}

	byte[] bytes() {
		return this.bytes;
	}

	void clear() {
		this.size = 0;
	}

	/** The bytes written so far, trimmed to their length. */
	byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.size);
	}

	CopyText tab() {
		return put((byte) '\t');
	}

	CopyText endRow() {
		return put((byte) '\n');
	}

	CopyText nullValue() {
		ensure(2);
		this.bytes[this.size++] = '\\';
		this.bytes[this.size++] = 'N';
		return this;
	}

	CopyText number(long value) {
		if (value < 0) {
			put((byte) '-');
			value = -value;
		}
		if (value < 10) {
			return put((byte) ('0' + value));
		}
		int digits = 0;
		for (long rest = value; rest > 0; rest /= 10) {
			digits++;
		}
		ensure(digits);
		for (int i = this.size + digits - 1; i >= this.size; i--) {
			this.bytes[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		this.size += digits;
		return this;
	}

	/** A bytea column: {@code \\x} and the hex digits (the backslash itself escaped). */
	CopyText bytea(byte[] value) {
		ensure(3 + 2 * value.length);
		this.bytes[this.size++] = '\\';
		this.bytes[this.size++] = '\\';
		this.bytes[this.size++] = 'x';
		for (byte b : value) {
			this.bytes[this.size++] = HEX[(b >> 4) & 0xF];
			this.bytes[this.size++] = HEX[b & 0xF];
		}
		return this;
	}

	CopyText text(@Nullable String value) {
		if (value == null) {
			return nullValue();
		}
		ensure(value.length() * 3 + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				switch (c) {
					case '\\' -> escape('\\');
					case '\t' -> escape('t');
					case '\n' -> escape('n');
					case '\r' -> escape('r');
					// PostgreSQL's text cannot hold NUL; a cell never means one
					case '\0' -> {
					}
					default -> this.bytes[this.size++] = (byte) c;
				}
			}
			else if (c < 0x800) {
				this.bytes[this.size++] = (byte) (0xC0 | (c >> 6));
				this.bytes[this.size++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, value.charAt(++i));
				this.bytes[this.size++] = (byte) (0xF0 | (codePoint >> 18));
				this.bytes[this.size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
				this.bytes[this.size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
				this.bytes[this.size++] = (byte) (0x80 | (codePoint & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				// a lone surrogate is no character: U+FFFD, as Java's encoder writes
				this.bytes[this.size++] = (byte) 0xEF;
				this.bytes[this.size++] = (byte) 0xBF;
				this.bytes[this.size++] = (byte) 0xBD;
			}
			else {
				this.bytes[this.size++] = (byte) (0xE0 | (c >> 12));
				this.bytes[this.size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				this.bytes[this.size++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		return this;
	}

	CopyText ascii(String value) {
		ensure(value.length());
		for (int i = 0; i < value.length(); i++) {
			this.bytes[this.size++] = (byte) value.charAt(i);
		}
		return this;
	}

	CopyText bytes(byte[] value, int from, int to) {
		ensure(to - from);
		System.arraycopy(value, from, this.bytes, this.size, to - from);
		this.size += to - from;
		return this;
	}

	private void escape(char c) {
		this.bytes[this.size++] = '\\';
		this.bytes[this.size++] = (byte) c;
	}

	private CopyText put(byte b) {
		ensure(1);
		this.bytes[this.size++] = b;
		return this;
	}

	private void ensure(int more) {
		if (this.size + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
		}
	}

}
