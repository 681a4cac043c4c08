-- Pooled interval calibration across nights (issue 16; forecast/NightlyIntervalCalibration). Per report date,
-- horizon band (0: leads up to 6 h, 1: over 6 h up to 24 h, 2: over 24 h) and interval level (80, 95):
-- the values recorded that day scored against the intervals earlier nights stored for them, the adaptive
-- conformal level in force and the multiplier applied to that night's intervals.
CREATE TABLE IF NOT EXISTS interval_calibration (
	report_date     DATE NOT NULL,
	band            SMALLINT NOT NULL,
	interval_level  SMALLINT NOT NULL,
	scored          BIGINT NOT NULL,
	missed          BIGINT NOT NULL,
	alpha           DOUBLE PRECISION NOT NULL,
	window_scores   BIGINT NOT NULL,
	multiplier      DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (report_date, band, interval_level)
);

-- The same day's normalized scores counted on the multiplier grid: scores_within values had a score at or
-- below the multiplier 0.5 + 0.025 * grid_index (the grid ends at the cap, 3.0); later nights pool them.
CREATE TABLE IF NOT EXISTS interval_score_count (
	report_date     DATE NOT NULL,
	band            SMALLINT NOT NULL,
	interval_level  SMALLINT NOT NULL,
	grid_index      SMALLINT NOT NULL,
	scores_within   BIGINT NOT NULL,
	PRIMARY KEY (report_date, band, interval_level, grid_index)
);
