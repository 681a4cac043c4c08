package org.opsreport.store;

import java.time.Instant;

/**
 * The samples of one series in a time range, in time order, as parallel arrays (compact: a month of
 * 5-minute samples is 8,640 points).
 *
 * @param epochSeconds sample times, ascending
 * @param values sample values
 */
public record Samples(long[] epochSeconds, double[] values) {

	public int size() {
		return this.values.length;
	}

	public boolean isEmpty() {
		return this.values.length == 0;
	}

	public Instant time(int i) {
		return Instant.ofEpochSecond(this.epochSeconds[i]);
	}

}
