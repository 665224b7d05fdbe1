package kz.aumaq.gis.geom;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * The portable SQL condition "the geometry column meets this lon/lat box", the same on H2GIS and
 * PostGIS: {@code &&} narrows by the spatial index, {@code ST_Intersects} keeps only what really
 * touches the box; a box across the antimeridian is the OR of its two parts, each with its index.
 */
public final class BoxSql {

    private BoxSql() {
    }

    /** The condition (in parentheses) for {@code column}; its parameters are appended to {@code args}. */
    public static String intersects(String column, int srid, LonLatBox box, List<Object> args) {
        StringBuilder sql = new StringBuilder("(");
        for (Envelope part : box.parts()) {
            if (sql.length() > 1) sql.append(" OR ");
            byte[] wkb = new WKBWriter().write(LonLatBox.shape(part));
            sql.append("(").append(column).append(" && ST_GeomFromWKB(?, ").append(srid).append(") AND ST_Intersects(")
                    .append(column).append(", ST_GeomFromWKB(?, ").append(srid).append(")))");
            args.add(wkb);
            args.add(wkb);
        }
        return sql.append(")").toString();
    }
}
