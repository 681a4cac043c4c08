package org.opsreport.ingest;

/**
 * Row counts of one input file in one chunk (mutable while a chunk is written, then added to the
 * stored totals in the same transaction).
 */
final class FileCounts {

	long read;

	long inserted;

	long replaced;

	long unchanged;

	long rejected;

}
