package kz.aumaq.gis.layer;

import java.util.Objects;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * What a territorially scoped user (a district officer, say) sees: every layer, but a restricted
 * one only within their territory. Public layers stay whole: they are everyone's anyway.
 *
 * @param scope names the territory and its boundary's version (see {@link ScopedLayerSource})
 * @param area  the territory's boundary, lon/lat
 */
record ScopedAccess(String scope, PreparedGeometry area) implements LayerAccess {

    ScopedAccess {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(area, "area");
    }

    @Override
    public boolean maySee(Layer layer) {
        return layer.visibility() != Visibility.UNPUBLISHED;
    }

    @Override
    public Layer shown(Layer layer) {
        if (layer.visibility() == Visibility.PUBLIC) return layer;
        return layer.withSource(new ScopedLayerSource(layer.source(), scope, area));
    }
}
