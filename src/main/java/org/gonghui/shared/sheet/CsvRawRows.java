package org.gonghui.shared.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * A CSV file, record by record. Excel on a Chinese Windows saves "CSV (逗号分隔)" in the ANSI
 * code page, GBK, and "CSV UTF-8" with a byte-order mark; other tools write UTF-8 without
 * one. A file that is not valid UTF-8 is read as GB18030, the superset of GBK (GB
 * 18030-2022).
 */
final class CsvRawRows implements RawRows {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final int SNIFF_CHARS = 8192;

	private final BufferedReader reader;

	private final CsvParser parser;

	private @Nullable List<String> nextRecord;

	private int recordNumber;

	private CsvRawRows(BufferedReader reader, char delimiter) throws IOException {
		this.reader = reader;
		this.parser = new CsvParser(reader, delimiter);
		this.nextRecord = this.parser.next();
	}

	static CsvRawRows open(Path file) {
		try {
			byte[] head;
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(3);
			}
			Charset charset;
			int bom;
			if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
				charset = StandardCharsets.UTF_8;
				bom = 3;
			}
			else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
				charset = StandardCharsets.UTF_16LE;
				bom = 2;
			}
			else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
				charset = StandardCharsets.UTF_16BE;
				bom = 2;
			}
			else {
				charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
				bom = 0;
			}
			InputStream in = Files.newInputStream(file);
			in.skipNBytes(bom);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
			return new CsvRawRows(reader, sniffDelimiter(reader));
		}
		catch (IOException ex) {
			throw new SheetException(ex, "sheet.unreadable");
		}
	}

	static boolean isUtf8(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		try (InputStream in = Files.newInputStream(file)) {
			while (true) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				boolean end = read == -1;
				if (!end) {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				if (decoder.decode(bytes, chars, end).isError()) {
					return false;
				}
				chars.clear();
				bytes.compact();
				if (end) {
					return !decoder.flush(chars).isError();
				}
			}
		}
	}

	// Excel's "文本文件(制表符分隔)" saved as .csv by hand: tabs and no commas
	private static char sniffDelimiter(BufferedReader reader) throws IOException {
		reader.mark(SNIFF_CHARS);
		char[] sample = new char[SNIFF_CHARS];
		int length = reader.read(sample);
		reader.reset();
		int commas = 0;
		int tabs = 0;
		for (int i = 0; i < length; i++) {
			if (sample[i] == ',') {
				commas++;
			}
			else if (sample[i] == '\t') {
				tabs++;
			}
		}
		return (tabs > commas) ? '\t' : ',';
	}

	@Override
	public boolean hasNext() {
		return this.nextRecord != null;
	}

	@Override
	public RawRow next() {
		List<String> record = this.nextRecord;
		if (record == null) {
			throw new NoSuchElementException();
		}
		this.recordNumber++;
		try {
			this.nextRecord = this.parser.next();
		}
		catch (IOException ex) {
			throw new SheetException(ex, "sheet.unreadable");
		}
		return new RawRow(this.recordNumber, record.stream().map(CellText::of).toList());
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			// read-only: nothing to lose
		}
	}

}
