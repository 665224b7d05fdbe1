package kz.aumaq.gis.features;

/** A hypermedia link as OGC API documents carry them. */
public record Link(String href, String rel, String type, String title) {
}
