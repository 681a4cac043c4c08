-- opsreport store (PostgreSQL). Mirrors db/h2/schema.sql; keep them in step.

-- One row per (service, metric): samples reference it by id to keep metric_sample narrow.
CREATE TABLE IF NOT EXISTS series (
	id          BIGSERIAL PRIMARY KEY,
	service     VARCHAR(200) NOT NULL,
	metric      VARCHAR(200) NOT NULL,
	CONSTRAINT series_key UNIQUE (service, metric)
);

-- Samples keyed on (series, second): re-ingesting a row replaces it, never duplicates it.
CREATE TABLE IF NOT EXISTS metric_sample (
	series_id     BIGINT NOT NULL,
	epoch_second  BIGINT NOT NULL,
	sample_value  DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (series_id, epoch_second)
);

CREATE TABLE IF NOT EXISTS incident (
	id                          VARCHAR(200) PRIMARY KEY,
	title                       VARCHAR(2000) NOT NULL,
	services                    VARCHAR(2000) NOT NULL,
	severity                    VARCHAR(10),
	detected_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
	acknowledged_at             TIMESTAMP WITH TIME ZONE,
	mitigated_at                TIMESTAMP WITH TIME ZONE,
	resolved_at                 TIMESTAMP WITH TIME ZONE,
	service_unavailable         BOOLEAN,
	affected_users_pct          DOUBLE PRECISION,
	data_loss                   BOOLEAN,
	security_incident           BOOLEAN,
	performance_degradation_pct DOUBLE PRECISION,
	postmortem_completed_at     TIMESTAMP WITH TIME ZONE,
	primary_cause               VARCHAR(2000),
	contributing_factors        VARCHAR(8000),
	action_items                VARCHAR(8000),
	lessons_learned             VARCHAR(8000),
	row_hash                    VARCHAR(64) NOT NULL
);

CREATE TABLE IF NOT EXISTS chaos_experiment (
	id                VARCHAR(200) PRIMARY KEY,
	name              VARCHAR(2000) NOT NULL,
	experiment_type   VARCHAR(200) NOT NULL,
	target_services   VARCHAR(2000) NOT NULL,
	started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
	duration_minutes  INTEGER NOT NULL,
	hypothesis        VARCHAR(4000),
	success_criteria  VARCHAR(4000),
	row_hash          VARCHAR(64) NOT NULL
);

-- Per input file and ingest run (a job instance): what was read, stored and rejected.
CREATE TABLE IF NOT EXISTS ingest_file_stats (
	job_instance_id  BIGINT NOT NULL,
	kind             VARCHAR(20) NOT NULL,
	file_name        VARCHAR(1000) NOT NULL,
	rows_read        BIGINT NOT NULL,
	rows_inserted    BIGINT NOT NULL,
	rows_replaced    BIGINT NOT NULL,
	rows_unchanged   BIGINT NOT NULL,
	rows_rejected    BIGINT NOT NULL,
	warnings         VARCHAR(4000),
	PRIMARY KEY (job_instance_id, file_name)
);

CREATE TABLE IF NOT EXISTS ingest_reject (
	job_instance_id  BIGINT NOT NULL,
	file_name        VARCHAR(1000) NOT NULL,
	line_number      BIGINT NOT NULL,
	column_name      VARCHAR(200),
	reason           VARCHAR(2000) NOT NULL,
	raw_text         VARCHAR(4000),
	PRIMARY KEY (job_instance_id, file_name, line_number)
);

-- Input files read completely by a successful ingest, by content: an unchanged file is not read again
-- (its counts and rejects are carried over from the run that read it).
CREATE TABLE IF NOT EXISTS ingested_file (
	file_name        VARCHAR(1000) PRIMARY KEY,
	content_hash     VARCHAR(64) NOT NULL,
	job_instance_id  BIGINT NOT NULL
);

-- One run per job and report date at a time; a lease not renewed within a minute is stale.
CREATE TABLE IF NOT EXISTS run_lock (
	lock_name     VARCHAR(200) PRIMARY KEY,
	owner         VARCHAR(400) NOT NULL,
	heartbeat_at  BIGINT NOT NULL
);

-- Results per report date and report section, as JSON: rendering is a pure function of these.
CREATE TABLE IF NOT EXISTS report_section (
	report_date   DATE NOT NULL,
	section_name  VARCHAR(100) NOT NULL,
	body          TEXT NOT NULL,
	PRIMARY KEY (report_date, section_name)
);
-- the shape version of the stored body (ReportSections.SCHEMA_VERSION); rows written before it existed are 1
ALTER TABLE report_section ADD COLUMN IF NOT EXISTS schema_version INT DEFAULT 1 NOT NULL;

-- Model registry: every retrain (one per series and nightly report date) with its accuracy.
-- A re-run of a report date replaces that date's models.
CREATE TABLE IF NOT EXISTS forecast_model (
	id                    BIGSERIAL PRIMARY KEY,
	report_date           DATE NOT NULL,
	job_instance_id       BIGINT NOT NULL,
	service               VARCHAR(200) NOT NULL,
	metric                VARCHAR(200) NOT NULL,
	model                 VARCHAR(400) NOT NULL,
	parameters            VARCHAR(4000),
	mase                  DOUBLE PRECISION,
	smape                 DOUBLE PRECISION,
	seasonal_naive_mase   DOUBLE PRECISION,
	seasonal_naive_smape  DOUBLE PRECISION,
	coverage80            DOUBLE PRECISION,
	coverage95            DOUBLE PRECISION,
	training_points       INTEGER NOT NULL,
	interval_seconds      BIGINT NOT NULL,
	training_start        BIGINT NOT NULL,
	training_end          BIGINT NOT NULL,
	messages              VARCHAR(4000),
	trained_at            TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT forecast_model_key UNIQUE (report_date, service, metric)
);

-- The forecast of each model, one row per step, with calibrated 80% and 95% intervals.
CREATE TABLE IF NOT EXISTS forecast_point (
	model_id      BIGINT NOT NULL,
	epoch_second  BIGINT NOT NULL,
	forecast      DOUBLE PRECISION NOT NULL,
	lower80       DOUBLE PRECISION NOT NULL,
	upper80       DOUBLE PRECISION NOT NULL,
	lower95       DOUBLE PRECISION NOT NULL,
	upper95       DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (model_id, epoch_second)
);

-- Scaling decisions replayed over a report date (the seed's scaling_history), per variant.
CREATE TABLE IF NOT EXISTS scaling_event (
	report_date         DATE NOT NULL,
	variant             VARCHAR(40) NOT NULL,
	event_id            VARCHAR(200) NOT NULL,
	service             VARCHAR(200) NOT NULL,
	epoch_second        BIGINT NOT NULL,
	action              VARCHAR(40) NOT NULL,
	event_type          VARCHAR(40) NOT NULL,
	policy_id           VARCHAR(200),
	previous_instances  INTEGER NOT NULL,
	new_instances       INTEGER NOT NULL,
	trigger_metric      VARCHAR(100),
	trigger_value       DOUBLE PRECISION,
	threshold           DOUBLE PRECISION,
	reason              VARCHAR(2000),
	PRIMARY KEY (report_date, variant, event_id)
);

-- Partial results of the partitioned analysis steps (slos, scaling): one row per unit (an SLO, a service)
-- of a report date, written by the worker that analysed it; the merge step builds the report section from
-- them in report order and deletes them. A re-run of the date replaces each unit's row.
CREATE TABLE IF NOT EXISTS analysis_part (
	report_date   DATE NOT NULL,
	section_name  VARCHAR(100) NOT NULL,
	part_key      VARCHAR(500) NOT NULL,
	body          TEXT NOT NULL,
	PRIMARY KEY (report_date, section_name, part_key)
);
