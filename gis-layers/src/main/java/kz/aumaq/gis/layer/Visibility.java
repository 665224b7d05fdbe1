package kz.aumaq.gis.layer;

/** Who may see a layer: everyone, or signed-in users only (decided per viewer through {@link LayerAccess}). */
public enum Visibility {
    PUBLIC, RESTRICTED
}
