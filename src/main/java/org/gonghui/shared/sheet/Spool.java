package org.gonghui.shared.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.jspecify.annotations.Nullable;

/**
 * The upload copied to a temporary file: a zip needs random access, and a CSV's encoding
 * is known only after all its bytes are seen, so neither can be read straight off the
 * request.
 */
final class Spool implements Closeable {

	private final Path path;

	private final long size;

	private Spool(Path path, long size) {
		this.path = path;
		this.size = size;
	}

	static Spool copy(InputStream in) {
		@Nullable Path path = null;
		try {
			path = Files.createTempFile("gonghui-sheet-", ".upload");
			long size = Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
			return new Spool(path, size);
		}
		catch (IOException ex) {
			deleteQuietly(path);
			throw new SheetException(ex, "sheet.unreadable");
		}
	}

	Path path() {
		return this.path;
	}

	long size() {
		return this.size;
	}

	/** The first bytes, fewer if the file is shorter. */
	byte[] head(int length) {
		try (InputStream in = Files.newInputStream(this.path)) {
			return in.readNBytes(length);
		}
		catch (IOException ex) {
			throw new SheetException(ex, "sheet.unreadable");
		}
	}

	@Override
	public void close() {
		deleteQuietly(this.path);
	}

	private static void deleteQuietly(@Nullable Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				path.toFile().deleteOnExit();
			}
		}
	}

}
