package kz.aumaq.ingest.layer;

import java.util.List;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.ingest.report.Finding;

/** What a file would load as a layer: its description (geometry type null when unknown), features and findings. */
public record LayerPlan(String geometryType, List<FieldInfo> fields, List<Feature> features, List<Finding> findings) {

    public LayerPlan {
        fields = List.copyOf(fields);
        features = List.copyOf(features);
        findings = List.copyOf(findings);
    }
}
