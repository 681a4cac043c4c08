-- How each retrain's forecast did against what was recorded the day after its report date (issue 16: the model
-- registry carries interval scores that were realized, not only backtested). Written when the next night scores
-- it (forecast/ForecastSummary, RealizedAccuracy); null until then, and for retrains stored before this version.
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS realized_points     INTEGER;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS realized_skill      DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS realized_coverage80 DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS realized_coverage95 DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS realized_winkler80  DOUBLE PRECISION;
ALTER TABLE forecast_model ADD COLUMN IF NOT EXISTS realized_msis       DOUBLE PRECISION;
