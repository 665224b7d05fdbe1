package kz.aumaq.gis.features;

import java.time.LocalDate;
import kz.aumaq.gis.layer.Layer;

/** A fully validated {@code /collections/{id}/items/{featureId}} request. */
public record ItemRequest(Layer layer, String featureId, FeatureCrs crs, LocalDate date, Presentation presentation) {
}
