package kz.aumaq.gis.layer;

/**
 * Who may see a layer: everyone, signed-in users only (decided per viewer through
 * {@link LayerAccess}), or nobody. An unpublished layer stays in the catalog (and its state in the
 * database) so an editor can publish it again; every map service answers as if it did not exist.
 */
public enum Visibility {
    PUBLIC, RESTRICTED, UNPUBLISHED
}
