package kz.aumaq.gis.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a layer's features come from. WMS, tiles and OGC API Features are thin front ends over
 * this one interface, so a new kind of layer (indicators, investment sites, service centres) only
 * has to implement it.
 */
public interface LayerSource {

    /** The attributes of every feature, in a stable order. */
    List<FieldInfo> fields();

    /** Features matching the query, one page, with the total count. */
    FeaturePage query(FeatureQuery query);

    Optional<Feature> byId(String id, LocalDate date);

    /** Lon/lat extent of the data; a fallback when the source is empty. */
    Envelope extent();

    /** Changes whenever the data changes, so renderers and caches know to refresh. */
    long revision();

    /** True when features are points (for pixel tolerance and symbolizers). */
    boolean isPoint();
}
