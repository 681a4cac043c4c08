package org.opsreport.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds ingest applies at the door (issue 15), so that nothing it accepts can break a later
 * step, and the knobs of its reject ceiling and progress log. Documented in the README's settings table.
 *
 * @param rejectCeilingMinRows a file with fewer rows than this is exempt from the reject ceiling's
 * ratio (its rejects are still listed): one typo in a 30-row export is no wrong file
 * @param maxRecordChars longest accepted record (all fields with their separators, in characters);
 * a longer one is rejected, and a record that grows without end (an unclosed quote, a gzip bomb of
 * one line) breaks the file off instead of exhausting the heap
 * @param maxDecompressedBytes largest accepted file content after gunzip (and of a plain file); the
 * rest of a larger file is lost and fails the step naming the file
 * @param maxColumns widest accepted header; a wider one fails the file
 * @param progressInterval how often a long ingest step logs its progress (file, rows, rate)
 */
@ConfigurationProperties("opsreport.ingest")
public record IngestLimits(@DefaultValue("100") int rejectCeilingMinRows, @DefaultValue("1048576") int maxRecordChars,
		@DefaultValue("17179869184") long maxDecompressedBytes, @DefaultValue("200") int maxColumns,
		@DefaultValue("PT10S") Duration progressInterval) {

	public IngestLimits {
		require(rejectCeilingMinRows >= 0, "opsreport.ingest.reject-ceiling-min-rows", rejectCeilingMinRows, "0 or more");
		require(maxRecordChars >= 64, "opsreport.ingest.max-record-chars", maxRecordChars, "at least 64");
		require(maxDecompressedBytes >= 1, "opsreport.ingest.max-decompressed-bytes", maxDecompressedBytes,
				"at least 1");
		require(maxColumns >= 4, "opsreport.ingest.max-columns", maxColumns, "at least 4 (the metrics columns)");
		require(!progressInterval.isNegative(), "opsreport.ingest.progress-interval", progressInterval, "not negative");
	}

	private static void require(boolean valid, String property, Object value, String expected) {
		if (!valid) {
			throw new IllegalArgumentException(property + " must be " + expected + ", not " + value);
		}
	}

	/** The defaults, for code that builds readers without Spring. */
	public static IngestLimits defaults() {
		return new IngestLimits(100, 1 << 20, 16L << 30, 200, Duration.ofSeconds(10));
	}

}
