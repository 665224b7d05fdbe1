package kz.aumaq.ingest.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.ingest.crs.SourceCrs;
import kz.aumaq.ingest.crs.ToWgs84;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.Attributes;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;
import org.locationtech.jts.geom.Geometry;

/**
 * Assembles what a reader reads into a {@link SourceDataset}: geometries are reprojected from the
 * source CRS to EPSG:4326 as they come, and the location checks run at the end. One per reading.
 */
public final class DatasetBuilder {

    private final SourceCrs crs;
    private final ToWgs84 toWgs84;
    private final Findings findings;
    private final List<SourceFeature> features = new ArrayList<>();
    private final Set<String> unprojectable = new HashSet<>();
    private final KazakhstanExtent extent = new KazakhstanExtent();

    /**
     * @param crs      the source CRS; null for a plain table without geometries
     * @param findings what the reader has noticed so far; the builder adds its own
     */
    public DatasetBuilder(SourceCrs crs, Findings findings) {
        this.crs = crs;
        this.findings = findings;
        this.toWgs84 = crs == null ? null : crs.toWgs84();
    }

    /** Where readers note what they notice; the builder adds its own. */
    public Findings findings() {
        return findings;
    }

    /** Adds a feature, its geometry (may be null) still in the source CRS; attributes may hold nulls. */
    public void add(String id, Geometry sourceGeometry, Map<String, Object> attributes) {
        Geometry g = null;
        if (sourceGeometry != null && toWgs84 != null) {
            try {
                g = toWgs84.apply(sourceGeometry);
            } catch (ToWgs84.Unprojectable e) {
                unprojectable.add(id);
                findings.add(Severity.ERROR, "unprojectable", "coordinates that " + crs.code()
                        + " cannot take to longitude/latitude: the file is probably in another CRS", id);
            }
        }
        // Attributes cannot change, so they are kept; any other map is copied, as its reader may reuse it
        Map<String, Object> kept = attributes instanceof Attributes fixed ? fixed : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        SourceFeature feature = new SourceFeature(id, g, kept);
        features.add(feature);
        if (crs != null && unprojectable.isEmpty()) extent.check(feature);
    }

    public int size() {
        return features.size();
    }

    public SourceDataset build(String name, List<SourceField> fields, String encoding) {
        if (crs != null) {
            // checked as they were added, unless some were unprojectable: those (by id) are left out, checking the rest again
            List<Finding> checked = unprojectable.isEmpty() ? extent.findings()
                    : KazakhstanExtent.check(features.stream().filter(f -> !unprojectable.contains(f.id())).toList());
            checked.forEach(findings::add);
        }
        return new SourceDataset(name, fields, features, crs == null ? null : crs.code(), encoding, findings.list());
    }
}
