package kz.aumaq.gis.features;

import kz.aumaq.gis.layer.Layer;

/** A request for one collection's description. */
public record CollectionRequest(Layer layer, Presentation presentation) {
}
