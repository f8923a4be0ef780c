package org.gonghui.shared.sheet;

import java.io.Closeable;
import java.util.Iterator;

/** The rows of one file format, read lazily. */
interface RawRows extends Iterator<RawRow>, Closeable {

	@Override
	void close();

}
