-- Upload jobs of the web API (issue 12): kept, so that their status, progress and report answer
-- after a restart and on every node; the uploaded file is kept in parts beside them, so that any
-- node can run the job (nodes share no disk). One job runs at a time across all nodes: whoever
-- claims the next one holds the row of upload_queue for that moment.
-- Keep in step with ../h2/V11__upload_job.sql.
CREATE TABLE upload_job (
    id              VARCHAR(36)   PRIMARY KEY,
    status          VARCHAR(20)   NOT NULL,
    progress        INT           NOT NULL,
    dry_run         BOOLEAN       NOT NULL,
    committable     BOOLEAN       NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    file_size       BIGINT        NOT NULL,
    fields          TEXT          NOT NULL,
    uploaded_by     VARCHAR(100)  NOT NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    address         VARCHAR(100)  NOT NULL,
    received_at     TIMESTAMP     NOT NULL,
    queued_at       TIMESTAMP,
    node            VARCHAR(200),
    heartbeat_at    TIMESTAMP,
    finished_at     TIMESTAMP,
    recorded        TEXT          NOT NULL,
    error           TEXT
);
CREATE INDEX upload_job_queue_idx ON upload_job (status, queued_at);
CREATE TABLE upload_file (
    job_id          VARCHAR(36)   NOT NULL REFERENCES upload_job (id) ON DELETE CASCADE,
    part            INT           NOT NULL,
    bytes           BYTEA          NOT NULL,
    PRIMARY KEY (job_id, part)
);
CREATE TABLE upload_queue (
    id              INT           PRIMARY KEY
);
INSERT INTO upload_queue (id) VALUES (1);
