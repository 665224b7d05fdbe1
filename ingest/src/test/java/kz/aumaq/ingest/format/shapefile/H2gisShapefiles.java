package kz.aumaq.ingest.format.shapefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.h2gis.functions.factory.H2GISFunctions;
import org.h2gis.functions.io.shp.SHPWrite;

/**
 * Writes test shapefiles with H2GIS's SHPWrite: an independent implementation, so the reader is
 * not only checked against its own idea of the format. The .prj and .cpg H2GIS may write are
 * removed; tests write the ones they need.
 */
final class H2gisShapefiles {

    private H2gisShapefiles() {
    }

    /**
     * @param columns SQL column definitions without the geometry, e.g. {@code NAME VARCHAR(80), POP INTEGER}
     * @param rows    each row's column values followed by its geometry (JTS)
     */
    static Path write(Path shp, String columns, String encoding, List<Object[]> rows) throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:write-" + UUID.randomUUID() + ";NON_KEYWORDS=YEAR,VALUE,KEY");
        try (Connection c = db.getConnection()) {
            H2GISFunctions.load(c);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE T(" + columns + ", THE_GEOM GEOMETRY)");
            }
            int n = rows.get(0).length;
            String marks = "?" + ", ?".repeat(n - 1);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO T VALUES (" + marks + ")")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < n; i++) insert.setObject(i + 1, row[i]);
                    insert.executeUpdate();
                }
            }
            SHPWrite.exportTable(c, shp.toString(), "T", encoding, true);
        }
        String base = shp.toString().substring(0, shp.toString().length() - 4);
        Files.deleteIfExists(Path.of(base + ".prj"));
        Files.deleteIfExists(Path.of(base + ".cpg"));
        return shp;
    }

    static Path sibling(Path shp, String extension) {
        String s = shp.toString();
        return Path.of(s.substring(0, s.length() - 3) + extension);
    }
}
