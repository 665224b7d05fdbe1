-- PostgreSQL gives each feature layer a partition of its own for fast bulk loads and stores
-- geometries uncompressed (../postgresql/V9__layer_feature_partitions.sql); H2, the embedded demo
-- database, keeps the one layer_feature table of V5 (its DDL would commit an ingest job's
-- transaction). The version is here so both databases count their migrations alike; its one
-- statement only says so in the schema.
COMMENT ON TABLE layer_feature IS 'Features of the feature layers (V5); on PostgreSQL one partition per layer (V9)';
