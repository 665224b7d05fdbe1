package kz.aumaq.ingest.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.ingest.shapefile.ShapefileFeature;
import kz.aumaq.ingest.shapefile.ShapefileReader;

/**
 * Temporary bridge: the existing WGS 84-only {@link ShapefileReader} behind the
 * {@link DatasetReader} seam, so units can be ingested before the format readers (zips, .prj
 * reprojection, encoding detection) land. Feature ids are record numbers from 1.
 */
public class LegacyShapefileDatasetReader implements DatasetReader {

    private final ShapefileReader reader = new ShapefileReader();

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp");
    }

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IngestException {
        if (options.crs() != null && !options.crs().equalsIgnoreCase("EPSG:4326")) {
            throw new IngestException("this shapefile reader handles WGS 84 (EPSG:4326) only, not " + options.crs());
        }
        List<ShapefileFeature> records;
        try {
            records = reader.read(file);
        } catch (IOException e) {
            throw new IngestException(e.getMessage(), e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<SourceFeature> features = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ShapefileFeature r = records.get(i);
            r.attributes().forEach((name, value) -> {
                if (value != null || !fields.containsKey(name)) fields.put(name, typeOf(value));
            });
            features.add(new SourceFeature(String.valueOf(i + 1), r.geometry(), r.attributes()));
        }
        String name = file.getFileName().toString();
        return new SourceDataset(name.substring(0, name.length() - 4),
                fields.entrySet().stream().map(e -> new SourceField(e.getKey(), e.getValue())).toList(),
                features, "EPSG:4326", encodingOf(file), List.of());
    }

    private static String typeOf(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short) return "integer";
        if (v instanceof Number) return "number";
        if (v instanceof LocalDate || v instanceof java.util.Date) return "date";
        if (v instanceof Boolean) return "boolean";
        return "string";
    }

    /** What the .cpg declares (H2GIS decodes with it), else the DBF default H2GIS assumes. */
    private static String encodingOf(Path shp) {
        String name = shp.getFileName().toString();
        Path cpg = shp.resolveSibling(name.substring(0, name.length() - 4) + ".cpg");
        try {
            if (Files.isRegularFile(cpg)) return Files.readString(cpg, StandardCharsets.US_ASCII).strip();
        } catch (IOException ignored) {
            // unreadable .cpg: H2GIS falls back to its default as well
        }
        return "ISO-8859-1";
    }
}
