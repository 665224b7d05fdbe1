package kz.aumaq.server.ingest;

import java.nio.file.Path;
import java.util.List;
import kz.aumaq.gis.geojson.GeoJsonEncoder;
import kz.aumaq.ingest.format.DatasetReaders;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.server.api.ApiException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The features of a stored upload as GeoJSON for the page's map: read again (in EPSG:4326, as the
 * job reads it), at most {@link #MAX_FEATURES}, simplified to about 100 m so a country of
 * districts stays a few hundred kilobytes.
 */
@Component
class UploadPreview {

    static final int MAX_FEATURES = 2000;
    static final double TOLERANCE_DEGREES = 0.001;
    private final DatasetReaders readers;

    UploadPreview(DatasetReaders readers) {
        this.readers = readers;
    }

    String geoJson(Path file, UploadForm form) {
        SourceDataset dataset;
        try {
            dataset = readers.read(file, form.readOptions());
        } catch (IngestException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, null, "the upload cannot be read: " + e.getMessage());
        }
        List<SourceFeature> features = dataset.features();
        int shown = Math.min(features.size(), MAX_FEATURES);
        GeoJsonEncoder json = new GeoJsonEncoder(new StringBuilder(), 5);
        json.raw("{\"type\":\"FeatureCollection\",\"numberMatched\":").raw(Integer.toString(features.size()))
                .raw(",\"numberReturned\":").raw(Integer.toString(shown)).raw(",\"features\":[");
        for (int i = 0; i < shown; i++) {
            SourceFeature f = features.get(i);
            Geometry g = f.geometry() == null || f.geometry().getDimension() == 0 ? f.geometry()
                    : TopologyPreservingSimplifier.simplify(f.geometry(), TOLERANCE_DEGREES);
            json.raw(i == 0 ? "{" : ",{").raw("\"type\":\"Feature\",\"id\":").string(f.id())
                    .raw(",\"geometry\":").geometry(g).raw(",\"properties\":").properties(f.attributes()).raw("}");
        }
        return json.raw("]}").out().toString();
    }
}
