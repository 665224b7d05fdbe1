package kz.aumaq.ingest.geokz;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The country's boundary as the union of its regions. Neighbouring geokz regions do not meet
 * exactly, so the plain union of the 2024 set has about 400 hairline holes (the largest 3e-14
 * square degrees); holes below {@link #HAIRLINE} are dropped. Real holes would be far larger.
 */
final class CountryShape {

    /** Square degrees; about 8 m² at Kazakhstan's latitudes. */
    static final double HAIRLINE = 1e-9;

    private CountryShape() {
    }

    static Geometry unionOf(List<Geometry> regions) {
        Geometry union = UnaryUnionOp.union(regions);
        GeometryFactory f = union.getFactory();
        Polygon[] parts = new Polygon[union.getNumGeometries()];
        for (int i = 0; i < parts.length; i++) {
            Polygon p = (Polygon) union.getGeometryN(i);
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                LinearRing ring = p.getInteriorRingN(h);
                if (f.createPolygon(ring).getArea() >= HAIRLINE) holes.add(ring);
            }
            parts[i] = f.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new));
        }
        Geometry country = f.createMultiPolygon(parts);
        country.setSRID(regions.get(0).getSRID());
        return country;
    }
}
