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
		day.add(List.of(inBand0, inBand2, unrecorded), seconds, values, 150, ORIGIN, applied, ValueDomain.NON_NEGATIVE);

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

	@Test
	void aZeroUnderAStoredBoundOnZeroScoresZeroWhenTheNightNarrowedAndItsUpperBoundWhenItWidened() {
		// forecast 4; night multipliers 0.5 in band 0 (the own lower bound 0 stayed on 0), 2 in band 1
		Multipliers applied = new Multipliers(new BandMultipliers(0.5, 0.5), new BandMultipliers(2, 2), BandMultipliers.ONE);
		ForecastPoint night = new ForecastPoint(ORIGIN.plusSeconds(3 * 3600), 4, 0, 7, 0, 9);
		ForecastPoint day = new ForecastPoint(ORIGIN.plusSeconds(12 * 3600), 4, 0, 16, 0, 24);
		ForecastPoint above = new ForecastPoint(ORIGIN.plusSeconds(4 * 3600), 4, 0, 7, 0, 9);
		long[] seconds = { night.timestamp().getEpochSecond(), above.timestamp().getEpochSecond(), day.timestamp().getEpochSecond() };
		double[] values = { 0, 5.5, 0 };
		DayScores scores = new DayScores();
		scores.add(List.of(night, above, day), seconds, values, 0, ORIGIN, applied, ValueDomain.NON_NEGATIVE);
		// band 0: the zero scores 0 (held by every multiplier), 5.5 scores (5.5 - 4) / (7 - 4) x 0.5 = 0.25:
		// both counted at the grid's first point (0.5); before, the zero scored 1 x 0.5 and the 80 % fell to it
		assertThat(scores.counts(0, 0).total()).isEqualTo(2);
		assertThat(scores.counts(0, 0).within()[0]).isEqualTo(2);
		assertThat(scores.missRate(0, 0)).isZero();
		// band 1, widened x2: the own bound may have been above 0 and pushed onto it, so the zero keeps 2 x (4 / 4) = 2,
		// an upper bound of its own score: within the grid point 2 (index 60), not the one below
		long[] within = scores.counts(1, 0).within();
		assertThat(within[60]).isEqualTo(1);
		assertThat(within[59]).isZero();
		// night multiplier 0.75: a metric that may go negative has no edge at 0, the zero scores (4 - 0) / (4 - 0) x 0.75
		// = 0.75 (grid index 10) as before; a count's zero scores 0
		Multipliers narrowed = new Multipliers(new BandMultipliers(0.75, 0.75), BandMultipliers.ONE, BandMultipliers.ONE);
		DayScores unbounded = new DayScores();
		unbounded.add(List.of(night), new long[] { seconds[0] }, new double[] { 0 }, 0, ORIGIN, narrowed, ValueDomain.UNBOUNDED);
		assertThat(unbounded.counts(0, 0).within()[9]).isZero();
		assertThat(unbounded.counts(0, 0).within()[10]).isEqualTo(1);
		DayScores counts = new DayScores();
		counts.add(List.of(night), new long[] { seconds[0] }, new double[] { 0 }, 0, ORIGIN, narrowed, ValueDomain.NON_NEGATIVE);
		assertThat(counts.counts(0, 0).within()[0]).isEqualTo(1);
		// 80 % widened x1.5, 95 % narrowed x0.75: the stored 95 % bound on 0 may be the 80 % one pushed there
		// (own 95 % bound above 0), so the zero keeps 0.75 x (4 / 4) = 0.75 at 95 % (grid index 10)
		Multipliers mixed = new Multipliers(new BandMultipliers(1.5, 0.75), BandMultipliers.ONE, BandMultipliers.ONE);
		DayScores stretched = new DayScores();
		stretched.add(List.of(new ForecastPoint(night.timestamp(), 4, 0, 8.5, 0, 9)), new long[] { seconds[0] },
				new double[] { 0 }, 0, ORIGIN, mixed, ValueDomain.NON_NEGATIVE);
		assertThat(stretched.counts(0, 1).within()[9]).isZero();
		assertThat(stretched.counts(0, 1).within()[10]).isEqualTo(1);
	}

}
