package org.opsreport.timeseries;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MedianSpacingTest {

	@Test
	void fewerThanTwoTimesHaveNoSpacing() {
		assertThat(MedianSpacing.of(new long[0])).isZero();
		assertThat(MedianSpacing.of(new long[] { 42 })).isZero();
	}

	@Test
	void oddCountTakesTheMiddleSpacing() {
		// spacings 300, 300, 900 (one lost sample): median 300, the gap does not move it
		assertThat(MedianSpacing.of(new long[] { 0, 300, 600, 1500 })).isEqualTo(300);
	}

	@Test
	void evenCountTakesTheLowerMiddleASpacingThatOccurred() {
		// spacings 60, 300 (sorted): the lower middle, 60, not the average 180
		assertThat(MedianSpacing.of(new long[] { 0, 60, 360 })).isEqualTo(60);
		// spacings 290, 300, 310, 600 -> 300
		assertThat(MedianSpacing.of(new long[] { 0, 290, 590, 900, 1500 })).isEqualTo(300);
	}

	@Test
	void unitIsTheCallers() {
		assertThat(MedianSpacing.of(new long[] { 0, 300_000, 600_000 })).isEqualTo(300_000);
	}

}
