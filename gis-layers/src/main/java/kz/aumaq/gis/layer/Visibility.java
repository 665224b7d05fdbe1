package kz.aumaq.gis.layer;

/** Who may see a layer; enforced once security lands. */
public enum Visibility {
    PUBLIC, RESTRICTED
}
