package org.opsreport.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens an export as UTF-8 text: gunzips {@code .gz} files, drops a byte-order mark, and replaces
 * bytes that are not UTF-8 with U+FFFD so the row holding them can be rejected with its line number
 * (a decoder that throws would lose the position).
 */
final class CsvInput {

	/** What a malformed byte sequence decodes to. */
	static final char REPLACEMENT = '\uFFFD';

	private static final int BUFFER = 1 << 16;

	private CsvInput() {
	}

	static Reader open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
		if (isGzip(file, in)) {
			in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
		}
		skipByteOrderMark(in);
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new InputStreamReader(in, decoder);
	}

	static boolean isCandidate(Path file) {
		String name = file.getFileName().toString().toLowerCase();
		return Files.isRegularFile(file) && (name.endsWith(".csv") || name.endsWith(".csv.gz"));
	}

	private static boolean isGzip(Path file, InputStream in) throws IOException {
		in.mark(2);
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		boolean magic = b1 == 0x1f && b2 == 0x8b;
		if (file.getFileName().toString().endsWith(".gz") && !magic && b1 != -1) {
			throw new InputFileException(file, "named .gz but is not gzip-compressed");
		}
		return magic;
	}

	private static void skipByteOrderMark(InputStream in) throws IOException {
		in.mark(3);
		if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
			in.reset();
		}
	}

}
