package kz.aumaq.ingest.source;

import java.util.List;
import kz.aumaq.ingest.report.Finding;

/**
 * Everything read from one file (or one table/layer of it), ready for a target to check and load.
 *
 * @param sourceCrs what the file was in (e.g. {@code EPSG:28412}), before reprojection to EPSG:4326;
 *                  null for plain tables
 * @param encoding  the text encoding used (declared or detected), e.g. {@code windows-1251}
 * @param findings  what reading noticed: detected encoding, repaired or skipped records…
 */
public record SourceDataset(String name, List<SourceField> fields, List<SourceFeature> features,
                            String sourceCrs, String encoding, List<Finding> findings) {

    public SourceDataset {
        fields = List.copyOf(fields);
        features = List.copyOf(features);
        findings = List.copyOf(findings);
    }
}
