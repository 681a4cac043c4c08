package org.opsreport.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsreport.forecast.IntervalCalibration.BandMultipliers;
import org.opsreport.forecast.IntervalCalibration.Multipliers;

class DayScoresTest {

	private static final Instant ORIGIN = Instant.parse("2026-11-24T00:00:00Z");

	@Test
	void scoresEachRecordedValueInItsBandAsTheOwnIntervalWouldHave() {
		// forecast 10, own 80 % interval 8..12 widened x2 that night: stored 6..14; 95 % 5..15 stored as is
		Multipliers applied = new Multipliers(new BandMultipliers(2, 1), BandMultipliers.ONE, BandMultipliers.ONE);
		ForecastPoint inBand0 = new ForecastPoint(ORIGIN.plusSeconds(3600), 10, 6, 14, 5, 15);
		ForecastPoint inBand2 = new ForecastPoint(ORIGIN.plusSeconds(30 * 3600), 10, 6, 14, 5, 15);
		ForecastPoint unrecorded = new ForecastPoint(ORIGIN.plusSeconds(40 * 3600), 10, 6, 14, 5, 15);
		long[] seconds = { inBand0.timestamp().getEpochSecond() + 60, inBand2.timestamp().getEpochSecond() };
		double[] values = { 12, 16 };

		DayScores day = new DayScores();
		day.add(List.of(inBand0, inBand2, unrecorded), seconds, values, 150, ORIGIN, applied);

		// band 0: 12 lies 2 of the stored 4 above the forecast -> 0.5 of the stored bound, x2 = 1.0 of the own
		assertThat(day.counts(0, 0).total()).isEqualTo(1);
		assertThat(IntervalCalibration.conformalMultiplier(day.counts(0, 0), 0.0)).isCloseTo(1.0, within(1e-9));
		assertThat(day.missRate(0, 0)).isZero();
		// band 2: 16 lies beyond both stored bounds (6/4 = 1.5 and 6/5 = 1.2): missed at both levels
		assertThat(day.counts(2, 0).total()).isEqualTo(1);
		assertThat(day.missed(2, 0)).isEqualTo(1);
		assertThat(day.missed(2, 1)).isEqualTo(1);
		// band 1: nothing scored (the 40 h step has no recorded value)
		assertThat(day.counts(1, 0).total()).isZero();
		assertThat(day.missRate(1, 0)).isNaN();
	}

}
