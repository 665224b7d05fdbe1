package kz.aumaq.ingest.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.h2gis.functions.io.shp.SHPRead;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads an ESRI shapefile into memory through H2GIS's {@code SHPRead}, in a private in-memory
 * H2 database that disappears with its connection. H2GIS honours the {@code .cpg} encoding;
 * the CRS comes from our own reading of the {@code .prj} (see {@link ProjectionFile}).
 */
public class ShapefileReader {

    public List<ShapefileFeature> read(Path shp) throws IOException {
        if (!Files.isRegularFile(shp)) throw new IOException("no shapefile at " + shp);
        int srid = sridOf(shp);
        JdbcDataSource db = new JdbcDataSource();
        // NON_KEYWORDS: H2GIS does not quote column names, and real files have columns like "Year".
        db.setURL("jdbc:h2:mem:shp-" + UUID.randomUUID() + ";NON_KEYWORDS=YEAR,VALUE,KEY");
        try (Connection c = db.getConnection()) {
            SHPRead.importTable(c, shp.toAbsolutePath().toString(), "SHP", null, true);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM SHP ORDER BY PK")) {
                return features(rs, srid);
            }
        } catch (SQLException e) {
            throw new IOException("cannot read shapefile " + shp + ": " + e.getMessage(), e);
        }
    }

    private static List<ShapefileFeature> features(ResultSet rs, int srid) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<ShapefileFeature> out = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            Geometry geometry = null;
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object v = rs.getObject(i);
                if (v instanceof Geometry g) {
                    geometry = g;
                    geometry.setSRID(srid);
                } else if (!meta.getColumnName(i).equalsIgnoreCase("PK")) {
                    attributes.put(meta.getColumnName(i).toUpperCase(Locale.ROOT), v);
                }
            }
            out.add(new ShapefileFeature(attributes, geometry));
        }
        return out;
    }

    private static int sridOf(Path shp) throws IOException {
        String name = shp.getFileName().toString();
        Path prj = shp.resolveSibling(name.substring(0, name.length() - 4) + ".prj");
        if (!Files.isRegularFile(prj)) {
            throw new IOException(shp.getFileName() + " has no .prj: its coordinate system is unknown");
        }
        String wkt = Files.readString(prj, StandardCharsets.UTF_8).strip();
        return ProjectionFile.epsgOf(wkt).orElseThrow(() -> new IOException(
                prj.getFileName() + " is not geographic WGS 84, and reprojection is not supported yet: " + wkt));
    }
}
