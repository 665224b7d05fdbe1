package kz.aumaq.gis.featurelayer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import kz.aumaq.gis.layer.Feature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * Replaces one layer's features on PostgreSQL, where {@code layer_feature} is partitioned by layer
 * (V9): the features go by COPY into a new table holding a CHECK for the layer's name, its two
 * indexes are built once over the whole table (far cheaper than maintaining a GiST row by row),
 * then the old partition is dropped and the new one attached — all in the caller's transaction
 * (PostgreSQL's DDL is transactional), so a failed job leaves the old layer as it was. The CHECK
 * lets ATTACH skip its validation scan. Readers of other layers wait for the swap's locks until
 * the job commits, a matter of milliseconds after the write.
 */
final class PostgisLayerPartition {

    private static final Logger log = LoggerFactory.getLogger(PostgisLayerPartition.class);

    private PostgisLayerPartition() {
    }

    /** Writes the layer's new features; answers how many it replaced. */
    static int replace(Connection c, String layer, List<Feature> features, int srid, ObjectMapper json) throws SQLException {
        int replaced = count(c, layer);
        String old = partitionOf(c, layer);
        // A random suffix: the name only has to be unique; the partition bound says which layer it holds.
        String table = "layer_feature_" + layer.replaceAll("[^a-z0-9_]", "_").substring(0, Math.min(layer.length(), 30)) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        String value = literal(layer);
        try (Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute("CREATE TABLE " + table + " (LIKE layer_feature INCLUDING DEFAULTS INCLUDING STORAGE, CHECK (layer_name = " + value + "))");
            PostgisCopy.write(c, table, layer, features, srid, json);
            long copied = System.nanoTime();
            s.execute("CREATE UNIQUE INDEX " + table + "_id_idx ON " + table + " (feature_id)");
            s.execute("CREATE INDEX " + table + "_geom_idx ON " + table + " USING GIST (geom)");
            log.debug("layer {}: {} features copied in {} ms, indexed in {} ms", layer, features.size(), (copied - t0) / 1_000_000,
                    (System.nanoTime() - copied) / 1_000_000);
            if (old != null) s.execute("DROP TABLE " + old);
            // Rows written before V9, or by a plain INSERT, wait in the default partition.
            try (PreparedStatement d = c.prepareStatement("DELETE FROM layer_feature_default WHERE layer_name = ?")) {
                d.setString(1, layer);
                d.executeUpdate();
            }
            s.execute("ALTER TABLE layer_feature ATTACH PARTITION " + table + " FOR VALUES IN (" + value + ")");
        }
        return replaced;
    }

    private static int count(Connection c, String layer) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM layer_feature WHERE layer_name = ?")) {
            q.setString(1, layer);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The partition holding the layer (schema-qualified as PostgreSQL prints it), or null. */
    private static String partitionOf(Connection c, String layer) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT i.inhrelid::regclass::text FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhrelid"
                + " WHERE i.inhparent = 'layer_feature'::regclass AND pg_get_expr(p.relpartbound, p.oid) = 'FOR VALUES IN (' || quote_literal(?) || ')'")) {
            q.setString(1, layer);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A SQL string literal: partition bounds take no parameters. */
    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
