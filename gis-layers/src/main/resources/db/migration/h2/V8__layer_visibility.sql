-- Who may see a layer, as an editor last set it (issue 6): kept here so that a restricted layer
-- stays restricted across restarts and re-loads. A layer with no row is public.
-- Keep in step with ../postgresql/V8__layer_visibility.sql.
CREATE TABLE layer_visibility (
    layer_name      VARCHAR(63)   PRIMARY KEY,
    visibility      VARCHAR(20)   NOT NULL,
    changed_at      TIMESTAMP     NOT NULL
);
