package kz.aumaq.ingest.units;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * Overlays snap-rounded to 1e-7° (about 1 cm). Official neighbours nearly but not exactly share
 * their borders, and JTS's default floating overlay then falls back to slow retries: on the geokz
 * regions an intersection with the country takes ~15× longer and a union ~10× longer than
 * with snap rounding, which gives the same areas to far below the checks' tolerances.
 */
final class CentimetreOverlay {

    static final PrecisionModel CENTIMETRE = new PrecisionModel(1e7);

    private CentimetreOverlay() {
    }

    static Geometry intersection(Geometry a, Geometry b) {
        return OverlayNG.overlay(a, b, OverlayNG.INTERSECTION, CENTIMETRE);
    }

    static Geometry union(List<Geometry> geometries) {
        return UnaryUnionNG.union(geometries.get(0).getFactory().buildGeometry(geometries), CENTIMETRE);
    }
}
