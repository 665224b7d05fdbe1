-- The layer catalog, kept (issue 12): styles, layer settings, groups and the catalog's update
-- sequence, so that nothing the GIS team configures is lost on restart and every node of a
-- cluster serves the same catalog. Each row also says whether the team changed it:
--   builtin  the fingerprint of the default (of this release, or of a layer's load) the row was
--            seeded from; null for what the team created itself
--   edited   true once the team changed the row: a newer default then no longer replaces it
--   deleted  (styles) a default style the team deleted: kept as a mark so that it is not seeded again
-- Definitions are JSON (StyleCodec, CatalogJson); a style also keeps the SLD as it was uploaded.
-- Keep in step with ../postgresql/V10__catalog.sql.
CREATE TABLE catalog_style (
    name            VARCHAR(63)   PRIMARY KEY,
    definition      CLOB          NOT NULL,
    sld             CLOB,
    builtin         VARCHAR(64),
    edited          BOOLEAN       NOT NULL,
    deleted         BOOLEAN       DEFAULT FALSE NOT NULL,
    changed_at      TIMESTAMP     NOT NULL
);
CREATE TABLE catalog_layer (
    name            VARCHAR(63)   PRIMARY KEY,
    settings        CLOB          NOT NULL,
    builtin         VARCHAR(64),
    edited          BOOLEAN       NOT NULL,
    changed_at      TIMESTAMP     NOT NULL
);
CREATE TABLE catalog_group (
    name            VARCHAR(63)   PRIMARY KEY,
    settings        CLOB          NOT NULL,
    builtin         VARCHAR(64),
    edited          BOOLEAN       NOT NULL,
    changed_at      TIMESTAMP     NOT NULL
);
-- One row: the WMS updateSequence, which only grows, across restarts and nodes. Its row lock also
-- serialises the seeding of defaults when several nodes start at once.
CREATE TABLE catalog_state (
    id              INT           PRIMARY KEY,
    update_sequence BIGINT        NOT NULL
);
INSERT INTO catalog_state (id, update_sequence) VALUES (1, 1);
