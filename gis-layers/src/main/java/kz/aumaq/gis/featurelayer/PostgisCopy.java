package kz.aumaq.gis.featurelayer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import kz.aumaq.gis.layer.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.ObjectMapper;

/**
 * Bulk-writes features with PostgreSQL's COPY: several times faster than batched INSERTs for large
 * layers (what ogr2ogr does too). Geometries go as hex EWKB, which PostGIS reads for a geometry
 * column; every field is CSV-quoted so names with commas, quotes or line breaks survive.
 */
final class PostgisCopy {

    private static final int CHUNK = 1 << 20;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PostgisCopy() {
    }

    /** Writes the layer's features into {@code table} (a trusted name: ours, never the user's). */
    static void write(Connection connection, String table, String layer, List<Feature> features, int srid, ObjectMapper json) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (layer_name, feature_id, geom, properties) FROM STDIN WITH (FORMAT csv)");
        try {
            WKBWriter ewkb = new WKBWriter(2, true);
            StringBuilder rows = new StringBuilder(CHUNK + 4096);
            for (Feature f : features) {
                Geometry g = f.geometry();
                if (g.getSRID() != srid) {
                    g = g.copy();
                    g.setSRID(srid);
                }
                quoted(rows, layer).append(',');
                quoted(rows, f.id()).append(',');
                hex(rows, ewkb.write(g)).append(',');
                quoted(rows, json.writeValueAsString(f.properties())).append('\n');
                if (rows.length() >= CHUNK) flush(copy, rows);
            }
            flush(copy, rows);
            copy.endCopy();
        } finally {
            if (copy.isActive()) copy.cancelCopy();
        }
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') out.append('"');
            out.append(c);
        }
        return out.append('"');
    }

    private static StringBuilder hex(StringBuilder out, byte[] bytes) {
        for (byte b : bytes) out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        return out;
    }
}
