-- Additions after V1 (merged 2026-12-06): the ingest append check (issue 15), the intervals' backtest
-- scores (issue 16) and the per-day budget snapshots (issue 14). Written to run on stores of any age.
-- The file's size when read: a longer file starting with the same bytes was appended to (issue 15).
ALTER TABLE ingested_file ADD COLUMN IF NOT EXISTS content_size BIGINT;

-- Interval scores of each retrain's calibration backtest (issue 16): M4 MSIS of the 95% interval, Winkler score
-- of the 80% interval, coverage per horizon band (leads up to 6 h, 6-24 h, over 24 h).
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS msis            DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS winkler80       DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS coverage80_6h   DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS coverage95_6h   DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS coverage80_24h  DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS coverage95_24h  DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS coverage80_48h  DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS coverage95_48h  DOUBLE PRECISION;


-- Each report date's error budget per SLO objective, as that day's report said it: later reports draw the
-- past days of their burndowns from here, so a past day's number does not move (slo/BudgetSnapshotStore).
CREATE TABLE IF NOT EXISTS slo_budget_snapshot (
	report_date               DATE NOT NULL,
	slo_name                  VARCHAR(200) NOT NULL,
	objective                 VARCHAR(200) NOT NULL,
	budget_remaining_percent  DOUBLE PRECISION,
	budget_consumed           DOUBLE PRECISION NOT NULL,
	budget_total              DOUBLE PRECISION NOT NULL,
	status                    VARCHAR(20) NOT NULL,
	PRIMARY KEY (report_date, slo_name, objective)
);
