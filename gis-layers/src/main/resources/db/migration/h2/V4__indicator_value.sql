-- Indicator values loaded from statistics tables, kept for the monitoring module to adopt.
-- One value per indicator, unit (KATO), period (ISO code: 2024, 2024S1, 2024Q2, 2024-06) and
-- disaggregation ('' for the total, e.g. 'sex=female'); a later load of the same key replaces
-- the value. Keep in step with ../postgresql/V4__indicator_value.sql.
CREATE TABLE indicator_value (
    indicator_code  VARCHAR(64)      NOT NULL,
    kato            VARCHAR(9)       NOT NULL,
    period          VARCHAR(10)      NOT NULL,
    disaggregation  VARCHAR(200)     DEFAULT '' NOT NULL,
    value_num       DOUBLE PRECISION NOT NULL,
    -- the ingest job that wrote it, e.g. ingest-job-12
    source          VARCHAR(40)      NOT NULL,
    PRIMARY KEY (indicator_code, kato, period, disaggregation)
);
CREATE INDEX indicator_value_source_idx ON indicator_value (source);
