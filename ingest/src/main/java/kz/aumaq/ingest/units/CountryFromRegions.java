package kz.aumaq.ingest.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.ingest.geokz.GeokzLoader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The country unit for a database that has none, made when its first regions are loaded: every
 * region needs a parent, and the union of the regions keeps each of them inside it. Valid from
 * independence (16 December 1991), so that older region versions loaded later fit under it too.
 * The union is snap-rounded ({@link CentimetreOverlay}); hairline holes between regions that
 * nearly meet are dropped.
 */
final class CountryFromRegions {

    static final LocalDate INDEPENDENCE = LocalDate.of(1991, 12, 16);
    /** Square degrees; about 8 m² at Kazakhstan's latitudes. */
    private static final double HAIRLINE = 1e-9;

    private CountryFromRegions() {
    }

    static AdminUnit of(List<Geometry> regions) {
        GeometryFactory f = regions.get(0).getFactory();
        Geometry union = CentimetreOverlay.union(regions);
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (f.createPolygon(p.getInteriorRingN(h)).getArea() >= HAIRLINE) holes.add(p.getInteriorRingN(h));
            }
            parts.add(f.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new)));
        }
        Geometry country = f.createMultiPolygon(parts.toArray(Polygon[]::new));
        country.setSRID(regions.get(0).getSRID());
        return new AdminUnit(Kato.COUNTRY, Level.COUNTRY, "country", GeokzLoader.COUNTRY_NAMES, null, country, null, 0,
                INDEPENDENCE, null, null, null);
    }
}
