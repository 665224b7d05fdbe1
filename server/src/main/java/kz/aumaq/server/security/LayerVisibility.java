package kz.aumaq.server.security;

import kz.aumaq.gis.layer.LayerAccess;
import kz.aumaq.gis.territory.ScopeBoundaries;
import kz.aumaq.gis.territory.TerritorialScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that decides who may see which layer: public layers everyone, whole; restricted
 * layers signed-in users (any role — VIEWER exists for exactly that), within their territorial
 * scope: administrators and users of the whole country see them whole, everyone else only the
 * features meeting their scope unit's current boundary. WMS, WMTS, XYZ tiles, OGC API Features,
 * print and /api/layers all ask here, and the map services then treat a layer the viewer may not
 * see as one that does not exist, and a feature outside their territory likewise.
 */
public class LayerVisibility {

    private final ScopeBoundaries boundaries;

    public LayerVisibility(ScopeBoundaries boundaries) {
        this.boundaries = boundaries;
    }

    public LayerAccess of(Authentication a) {
        if (a == null || !a.isAuthenticated() || !(a.getPrincipal() instanceof SignedInUser u) || u.roles().isEmpty()) return LayerAccess.PUBLIC;
        TerritorialScope territory = u.territory();
        if (territory.isEverywhere()) return LayerAccess.EVERYTHING;
        // A scope whose unit does not exist (today) covers nothing: restricted layers stay hidden.
        return territory.root().flatMap(boundaries::of)
                .map(b -> LayerAccess.within(b.key(), b.area()))
                .orElse(LayerAccess.PUBLIC);
    }

    /** For the current request's user. */
    public LayerAccess current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
