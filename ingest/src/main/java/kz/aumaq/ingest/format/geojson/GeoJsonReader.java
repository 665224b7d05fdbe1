package kz.aumaq.ingest.format.geojson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.aumaq.ingest.crs.SourceCrs;
import kz.aumaq.ingest.format.CrsChoice;
import kz.aumaq.ingest.format.DatasetBuilder;
import kz.aumaq.ingest.format.FieldTypes;
import kz.aumaq.ingest.format.SizeLimit;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceField;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A GeoJSON FeatureCollection, Feature or bare geometry. Features are parsed one at a time from
 * the stream (a large collection is never held as one JSON tree). Without a {@code crs} member the
 * file is RFC 7946, longitude/latitude; a legacy {@code crs} member names the CRS. Text that is
 * not JSON is refused with the line and column where it breaks.
 */
public final class GeoJsonReader implements DatasetReader {

    /** Built on the first GeoJSON read, not when readers are set up: building a mapper takes a fresh JVM about a quarter of a second. */
    private static final class Json {
        /** Reads one feature at a time from a larger stream: what follows a feature is not "trailing". */
        static final ObjectMapper MAPPER = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".geojson") || n.endsWith(".json");
    }

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IngestException {
        SizeLimit.check(options, file);
        String fileName = file.getFileName().toString();
        Findings findings = new Findings();
        Features features = new Features(findings);
        String type = "";
        JsonNode crs = null;
        ObjectNode single = Json.MAPPER.createObjectNode();
        try (JsonParser p = Json.MAPPER.createParser(file)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IngestException(fileName + " is not GeoJSON: it is not a JSON object");
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "type":
                        type = p.getValueAsString("");
                        break;
                    case "crs":
                        crs = Json.MAPPER.readTree(p);
                        break;
                    case "features":
                        if (value != JsonToken.START_ARRAY) throw new IngestException(fileName + ": 'features' is not an array");
                        while (p.nextToken() != JsonToken.END_ARRAY) features.add(Json.MAPPER.readTree(p));
                        break;
                    case "geometry": case "properties": case "id": case "coordinates": case "geometries":
                        single.set(name, Json.MAPPER.readTree(p));
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (p.nextToken() != null) throw new IngestException(fileName + " is not valid JSON: text follows the end of the object");
        } catch (JacksonException e) {
            throw new IngestException(fileName + " is not valid JSON: " + e.getOriginalMessage() + where(e.getLocation()), e);
        }
        addSingle(fileName, type, single, features);
        SourceCrs source = crs(fileName, crs, options, findings);
        List<SourceField> fields = features.fields();
        DatasetBuilder dataset = new DatasetBuilder(source, findings);
        features.each((id, geometry, row) -> dataset.add(id, geometry, row));
        return dataset.build(fileName.replaceFirst("(?i)\\.(geo)?json$", ""), fields, "UTF-8");
    }

    /** A file that is one Feature or one bare geometry becomes a single feature. */
    private static void addSingle(String fileName, String type, ObjectNode single, Features features) throws IngestException {
        switch (type) {
            case "FeatureCollection":
                return;
            case "Feature":
                features.add(single);
                return;
            case "Point": case "MultiPoint": case "LineString": case "MultiLineString": case "Polygon": case "MultiPolygon":
            case "GeometryCollection": {
                ObjectNode geometry = single.deepCopy().put("type", type);
                ObjectNode feature = Json.MAPPER.createObjectNode();
                feature.set("geometry", geometry);
                features.add(feature);
                return;
            }
            default:
                throw new IngestException(fileName + " is not GeoJSON: its type is "
                        + (type.isEmpty() ? "missing" : "'" + type + "'") + " (expected FeatureCollection, Feature or a geometry)");
        }
    }

    /**
     * Features as parsed, geometries still in the file's coordinates: the CRS is applied once the
     * whole file is read, since a {@code crs} member may come after the features.
     */
    private static final class Features {
        interface Visitor {
            void visit(String id, Geometry geometry, Map<String, Object> row);
        }

        private final Findings findings;
        private final GeoJsonGeometry geometries = new GeoJsonGeometry(new GeometryFactory());
        private final Set<String> names = new LinkedHashSet<>();
        private final List<String> ids = new ArrayList<>();
        private final List<Geometry> shapes = new ArrayList<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();

        Features(Findings findings) {
            this.findings = findings;
        }

        void add(JsonNode f) {
            JsonNode id = f.path("id");
            String fid = id.isString() || id.isNumber() ? id.asString() : String.valueOf(ids.size());
            Geometry g = null;
            if (!f.isObject()) {
                findings.add(Severity.ERROR, "bad-feature", "entries of 'features' that are not Feature objects", fid);
            } else {
                try {
                    g = geometries.of(f.get("geometry"));
                } catch (GeoJsonGeometry.Malformed e) {
                    findings.add(Severity.ERROR, "bad-geometry", "geometries that do not follow GeoJSON were left empty",
                            fid + ": " + e.getMessage());
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            JsonNode properties = f.path("properties");
            if (properties.isObject()) {
                for (Map.Entry<String, JsonNode> e : properties.properties()) {
                    names.add(e.getKey());
                    row.put(e.getKey(), value(e.getValue()));
                }
            }
            ids.add(fid);
            shapes.add(g);
            rows.add(row);
        }

        /** The fields, every row given all of them (null where a feature lacks one), typed. */
        List<SourceField> fields() {
            if (geometries.droppedRings() > 0) {
                findings.add(Finding.warning("degenerate-ring", "polygon rings with fewer than 3 distinct points were dropped",
                        geometries.droppedRings(), List.of()));
            }
            for (Map<String, Object> row : rows) for (String n : names) row.putIfAbsent(n, null);
            return FieldTypes.settle(new ArrayList<>(names), rows);
        }

        void each(Visitor visitor) {
            for (int i = 0; i < ids.size(); i++) visitor.visit(ids.get(i), shapes.get(i), rows.get(i));
        }
    }

    /**
     * The CRS: none given means RFC 7946 longitude/latitude. A legacy {@code crs} member names one;
     * EPSG:4326 there (even as {@code urn:ogc:def:crs:EPSG::4326}, whose official axis order is
     * latitude first) is taken as longitude/latitude, because GeoJSON writers put x = longitude
     * whatever they name; the location check reports swapped files.
     */
    private static SourceCrs crs(String fileName, JsonNode crs, ReadOptions options, Findings findings) throws IngestException {
        SourceCrs declared = SourceCrs.WGS84;
        IngestException unreadable = null;
        if (crs != null && !crs.isNull()) {
            String type = crs.path("type").asString("");
            JsonNode props = crs.path("properties");
            try {
                if (type.equalsIgnoreCase("name") && props.path("name").isString()) {
                    declared = SourceCrs.named(props.path("name").asString());
                } else if (type.equalsIgnoreCase("EPSG") && props.path("code").canConvertToInt()) {
                    declared = SourceCrs.epsg(props.path("code").intValue());
                } else {
                    throw new IngestException("its crs member " + crs + " names no EPSG code");
                }
            } catch (IngestException e) {
                declared = null;
                unreadable = e;
            }
        }
        return CrsChoice.choose(fileName, declared, unreadable, options, findings);
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return null;
        if (v.isBoolean()) return v.booleanValue();
        if (v.isIntegralNumber()) return v.canConvertToLong() ? (Object) v.longValue() : (Object) v.doubleValue();
        if (v.isNumber()) return v.doubleValue();
        if (v.isString()) return v.asString();
        return v.toString(); // objects and arrays: their JSON text
    }

    private static String where(TokenStreamLocation at) {
        if (at == null || at == TokenStreamLocation.NA || at.getLineNr() < 1) return "";
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
