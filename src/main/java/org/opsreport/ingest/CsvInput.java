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

	/** Chars the CSV parser may hold beyond a record: its read buffer (8 KiB) with room to spare. */
	static final int PARSER_SLACK = 1 << 16;

	static Reader open(Path file) throws IOException {
		return open(file, IngestLimits.defaults());
	}

	/**
	 * Opens the file within the bounds (issue 15 class 4): at most {@code maxDecompressedBytes} of
	 * content (after gunzip), and never more than {@code maxRecordChars} plus {@link #PARSER_SLACK}
	 * characters since the last record boundary the reader reported ({@link RecordBound#recordEnded}),
	 * so neither a gzip bomb nor an unclosed quote can fill the heap: the read fails with an
	 * IOException naming the bound instead.
	 */
	static RecordBound open(Path file, IngestLimits limits) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
		if (isGzip(file, in)) {
			in = new GZIPInputStream(in, BUFFER);
		}
		// counted below the buffer, so the mark/reset of the byte-order-mark check counts nothing twice
		in = new BufferedInputStream(new ContentBound(in, limits.maxDecompressedBytes()), BUFFER);
		skipByteOrderMark(in);
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new RecordBound(new InputStreamReader(in, decoder), limits.maxRecordChars());
	}

	/** Counts content bytes and fails past the bound. */
	private static final class ContentBound extends java.io.FilterInputStream {

		private final long max;

		private long count;

		ContentBound(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(long n) throws IOException {
			this.count += n;
			if (this.count > this.max) {
				throw new IOException("content larger than " + this.max
						+ " bytes (opsreport.ingest.max-decompressed-bytes); the rest of the file is not read");
			}
		}

	}

	/** Counts characters since the last record boundary and fails when a record grows past the bound. */
	static final class RecordBound extends java.io.FilterReader {

		private final int maxRecordChars;

		private long delivered;

		private long boundary;

		RecordBound(Reader in, int maxRecordChars) {
			super(in);
			this.maxRecordChars = maxRecordChars;
		}

		/** The parser returned a record: everything delivered so far belongs to it or to earlier ones. */
		void recordEnded() {
			this.boundary = this.delivered;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			if (c >= 0) {
				counted(1);
			}
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws IOException {
			this.delivered += n;
			if (this.delivered - this.boundary > (long) this.maxRecordChars + PARSER_SLACK) {
				throw new IOException("a record longer than " + this.maxRecordChars
						+ " characters (opsreport.ingest.max-record-chars; an unclosed quote?)");
			}
		}

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
