-- Nothing on H2: PostgreSQL gives each feature layer a partition of its own for fast bulk loads
-- (../postgresql/V9__layer_feature_partitions.sql); H2, the embedded demo database, keeps the one
-- layer_feature table of V5. The version is here so both databases count their migrations alike.
SELECT 1;
