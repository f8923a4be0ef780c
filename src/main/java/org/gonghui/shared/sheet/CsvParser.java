package org.gonghui.shared.sheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 records: fields separated by the delimiter, quoted fields may hold delimiters,
 * line breaks and doubled quotes. Lenient as Excel is: a quote inside an unquoted field
 * is kept as text, and CR, LF or CRLF all end a record.
 */
final class CsvParser {

	private final Reader reader;

	private final char delimiter;

	private int peeked = -2;

	// its own buffer: Reader.read() of one character takes a lock each time
	private final char[] buffer = new char[16 * 1024];

	private int position;

	private int limit;

	CsvParser(Reader reader, char delimiter) {
		this.reader = reader;
		this.delimiter = delimiter;
	}

	/** The next record's fields, or null at the end of the input. */
	@Nullable List<String> next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStart = true;
		while (true) {
			if (quoted) {
				if (c == -1) {
					fields.add(field.toString());
					return fields;
				}
				if (c == '"') {
					int after = read();
					if (after == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = after;
						continue;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == -1 || c == '\n' || c == '\r') {
				if (c == '\r') {
					int after = read();
					if (after != '\n') {
						unread(after);
					}
				}
				fields.add(field.toString());
				return fields;
			}
			else if (c == this.delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				fieldStart = true;
				c = read();
				continue;
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
			}
			else {
				field.append((char) c);
			}
			fieldStart = false;
			c = read();
		}
	}

	private int read() throws IOException {
		if (this.peeked != -2) {
			int c = this.peeked;
			this.peeked = -2;
			return c;
		}
		if (this.position == this.limit) {
			this.limit = this.reader.read(this.buffer);
			this.position = 0;
			if (this.limit <= 0) {
				this.limit = 0;
				return -1;
			}
		}
		return this.buffer[this.position++];
	}

	private void unread(int c) {
		this.peeked = c;
	}

}
