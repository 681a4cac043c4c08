-- The shape version of a stored report section body (ReportSections.SCHEMA_VERSION): the store reads an
-- older body through SectionUpgrades. Rows stored before this column existed are version 1.
ALTER TABLE report_section ADD COLUMN IF NOT EXISTS schema_version INT DEFAULT 1 NOT NULL;
