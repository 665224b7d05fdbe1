package kz.aumaq.server.security;

import kz.aumaq.gis.layer.LayerAccess;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that decides who may see which layer: public layers everyone; restricted layers
 * every signed-in user (any role — VIEWER exists for exactly that). WMS, WMTS, XYZ tiles, OGC API
 * Features and /api/layers all ask here, and the map services then treat a layer the viewer may not
 * see as one that does not exist.
 */
public class LayerVisibility {

    public LayerAccess of(Authentication a) {
        if (a != null && a.isAuthenticated() && a.getPrincipal() instanceof SignedInUser u && !u.roles().isEmpty()) return LayerAccess.EVERYTHING;
        return LayerAccess.PUBLIC;
    }

    /** For the current request's user. */
    public LayerAccess current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
