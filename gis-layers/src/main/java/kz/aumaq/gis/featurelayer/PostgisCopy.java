package kz.aumaq.gis.featurelayer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import kz.aumaq.gis.layer.Feature;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.ObjectMapper;

/**
 * Bulk-writes features with PostgreSQL's COPY: several times faster than batched INSERTs for large
 * layers (what ogr2ogr does too), in the binary format ({@link CopyBinaryRows}).
 */
final class PostgisCopy {

    private static final int CHUNK = 1 << 20;

    private PostgisCopy() {
    }

    /** Writes the layer's features into {@code table} (a trusted name: ours, never the user's). */
    static void write(Connection connection, String table, String layer, List<Feature> features, int srid, ObjectMapper json) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (layer_name, feature_id, geom, properties) FROM STDIN WITH (FORMAT binary)");
        try {
            copy.writeToCopy(CopyBinaryRows.HEADER, 0, CopyBinaryRows.HEADER.length);
            CopyBinaryRows rows = new CopyBinaryRows(CHUNK + (CHUNK >> 2), json);
            for (Feature f : features) {
                rows.row(4).text(layer).text(f.id()).ewkb(f.geometry(), srid).properties(f.properties());
                if (rows.size() >= CHUNK) flush(copy, rows);
            }
            flush(copy, rows);
            copy.writeToCopy(CopyBinaryRows.TRAILER, 0, CopyBinaryRows.TRAILER.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }

    private static void flush(CopyIn copy, CopyBinaryRows rows) throws SQLException {
        copy.writeToCopy(rows.bytes(), 0, rows.size());
        rows.clear();
    }
}
