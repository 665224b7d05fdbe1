-- Feature layers loaded by ingest (settlements, investment sites, any user layer), published as
-- WMS/tile/OGC API layers. A re-load of a layer replaces its features. Keep in step with
-- ../postgresql/V5__feature_layer.sql.
CREATE TABLE feature_layer (
    name           VARCHAR(63)   PRIMARY KEY,
    title_kk       VARCHAR(200),
    title_ru       VARCHAR(200),
    title_en       VARCHAR(200),
    -- point, line or polygon: what the default style draws
    geometry_type  VARCHAR(16)   NOT NULL,
    -- the attributes as a JSON array of {"name","type"}
    fields         CLOB          NOT NULL,
    -- the ingest job that wrote it, e.g. ingest-job-12
    source         VARCHAR(40)   NOT NULL
);
CREATE TABLE layer_feature (
    layer_name     VARCHAR(63)   NOT NULL,
    feature_id     VARCHAR(200)  NOT NULL,
    geom           GEOMETRY(GEOMETRY, 4326) NOT NULL,
    -- attribute values as a JSON object
    properties     CLOB          NOT NULL,
    PRIMARY KEY (layer_name, feature_id)
);
CREATE SPATIAL INDEX layer_feature_geom_idx ON layer_feature (geom);
