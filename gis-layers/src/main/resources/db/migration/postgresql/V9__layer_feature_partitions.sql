-- Each feature layer in a partition of its own (issue 4, ingest speed). A re-load then writes a
-- fresh table with COPY, builds its indexes once over the whole table, and swaps it in for the
-- old partition in the job's transaction: several times faster than deleting and inserting rows
-- into one big table with its indexes maintained row by row (the way ogr2ogr loads too), and a
-- layer's features stay together on disk. Rows of layers loaded before this migration, and any
-- row written with a plain INSERT, live in the default partition. Keys compare byte-wise
-- (COLLATE "C"), as on H2. See PostgisLayerPartition. H2 keeps one table (../h2/V9).
--
-- Geometries are stored uncompressed (STORAGE EXTERNAL, here and in admin_unit): boundary
-- coordinates hardly compress (4% here on the geokz districts), while compressing them on every
-- write and decompressing them on every map request costs time (a third of a boundary COPY).
ALTER TABLE layer_feature RENAME TO layer_feature_v5;
ALTER TABLE layer_feature_v5 RENAME CONSTRAINT layer_feature_pkey TO layer_feature_v5_pkey;
ALTER INDEX layer_feature_geom_idx RENAME TO layer_feature_v5_geom_idx;
CREATE TABLE layer_feature (
    layer_name     VARCHAR(63)  COLLATE "C" NOT NULL,
    feature_id     VARCHAR(200) COLLATE "C" NOT NULL,
    geom           geometry(Geometry, 4326) NOT NULL,
    -- attribute values as a JSON object
    properties     TEXT         NOT NULL
) PARTITION BY LIST (layer_name);
ALTER TABLE layer_feature ALTER COLUMN geom SET STORAGE EXTERNAL;
CREATE TABLE layer_feature_default PARTITION OF layer_feature DEFAULT;
CREATE UNIQUE INDEX layer_feature_default_id_idx ON layer_feature_default (layer_name, feature_id);
CREATE INDEX layer_feature_default_geom_idx ON layer_feature_default USING GIST (geom);
INSERT INTO layer_feature (layer_name, feature_id, geom, properties)
    SELECT layer_name, feature_id, geom, properties FROM layer_feature_v5;
DROP TABLE layer_feature_v5;
ALTER TABLE admin_unit ALTER COLUMN geom SET STORAGE EXTERNAL;
