package kz.aumaq.gis.layer;

/**
 * Who is looking, as the map services need to know it: may they see this layer? The server
 * decides it for the signed-in user (one policy); the services only ask, through a
 * {@link CatalogView}, so a layer someone may not see is answered exactly like one that does not
 * exist.
 */
@FunctionalInterface
public interface LayerAccess {

    /** Anonymous visitors: public layers only. Also the default wherever a caller names nobody. */
    LayerAccess PUBLIC = layer -> layer.visibility() == Visibility.PUBLIC;

    /** Everything published: editors, administrators, background jobs such as seeding. */
    LayerAccess EVERYTHING = layer -> layer.visibility() != Visibility.UNPUBLISHED;

    boolean maySee(Layer layer);

    /** The layer as this viewer gets it (of one they may see): whole, unless their access cuts it. */
    default Layer shown(Layer layer) {
        return layer;
    }

    /** A territorially scoped user: every layer, restricted ones only within {@code area} (see {@link ScopedAccess}). */
    static LayerAccess within(String scope, org.locationtech.jts.geom.prep.PreparedGeometry area) {
        return new ScopedAccess(scope, area);
    }
}
