package org.gonghui.competition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The export format of a vote log (docs/vote-recount.md): UTF-8 CSV, a header line, then
 * one record per line in sequence order; every field is a decimal integer or lowercase
 * hex, so no quoting.
 */
public final class VoteLogCsv {

	public static final String HEADER = "sequence,round_id,entrant_id,voter_hash,cast_at_ms,previous_hash,hash";

	private VoteLogCsv() {
	}

	public static void write(List<VoteRecord> log, Writer out) {
		try {
			out.write(HEADER);
			out.write('\n');
			for (VoteRecord r : log) {
				out.write(r.sequence() + "," + r.roundId() + "," + r.entrantId() + "," + r.voterHash() + ","
						+ r.castAt().toEpochMilli() + "," + r.previousHash() + "," + r.hash() + "\n");
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads an exported log.
	 * @throws IllegalArgumentException on a malformed line (naming its line number)
	 */
	public static List<VoteRecord> read(Reader in) {
		List<VoteRecord> log = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(in)) {
			String header = lines.readLine();
			if (!HEADER.equals(header)) {
				throw new IllegalArgumentException("not a vote log: header is " + header);
			}
			int lineNumber = 1;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				lineNumber++;
				if (line.isEmpty()) {
					continue;
				}
				String[] f = line.split(",", -1);
				if (f.length != 7) {
					throw new IllegalArgumentException("line " + lineNumber + ": expected 7 fields");
				}
				try {
					log.add(new VoteRecord(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3],
							Instant.ofEpochMilli(Long.parseLong(f[4])), f[5], f[6]));
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("line " + lineNumber + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return log;
	}

}
