package org.opsreport.forecast;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence a model gives when a series is too short ({@link ForecastModel#needsPoints}): what it needs, in days
 * and points, and what the series has; none when it has enough.
 */
class UnsupportedReasonTest {

	/** Hourly steps: a daily season of 24 points. */
	static final ForecastModel.SeriesContext HOURLY = new ForecastModel.SeriesContext(Instant.parse("2026-11-02T00:00:00Z"),
			Duration.ofHours(1), 24);

	/** Daily steps: a season of one point, too short for the seasonal models. */
	static final ForecastModel.SeriesContext DAILY = new ForecastModel.SeriesContext(Instant.parse("2026-11-02T00:00:00Z"),
			Duration.ofDays(1), 1);

	@Test
	void namesTheNeedInDaysAndPointsAndWhatTheSeriesHas() {
		assertThat(new HoltWintersModel().unsupportedReason(49, HOURLY))
			.isEqualTo("Holt-Winters needs two full days (50 points), have 49");
		assertThat(new SeasonalNaiveModel(7).unsupportedReason(100, HOURLY))
			.isEqualTo("seasonal-naive-weekly needs 7 full days (168 points), have 100");
		assertThat(new FourierRegressionModel().unsupportedReason(191, HOURLY))
			.isEqualTo("daily+weekly regression needs 8 days to fit (192 points), have 191");
		assertThat(new SeasonalProfileModel(true).unsupportedReason(71, HOURLY))
			.isEqualTo("seasonal-median needs three full days (72 points), have 71");
	}

	@Test
	void enoughPointsIsNoReason() {
		assertThat(new HoltWintersModel().unsupportedReason(50, HOURLY)).isNull();
		assertThat(new SeasonalNaiveModel().unsupportedReason(24, HOURLY)).isNull();
		assertThat(new FourierRegressionModel().unsupportedReason(192, HOURLY)).isNull();
	}

	@Test
	void aSeasonTooShortForTheModelIsSaidSo() {
		assertThat(new HoltWintersModel().unsupportedReason(1000, DAILY)).contains("daily season of two or more points");
		assertThat(new FourierRegressionModel().unsupportedReason(1000, DAILY)).contains("four or more points");
	}

}
