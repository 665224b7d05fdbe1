package kz.aumaq.ingest.layer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.geom.BatchValidity;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.Attributes;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a file as a feature layer: one geometry type (points, lines or polygons), every feature
 * with a geometry, invalid geometries repaired (reported), features without a name reported (a
 * settlement without a name cannot be labelled or searched).
 */
public class LayerPlanner {

    /** Name fields in order of preference (OSM, our own schemas, Russian/Kazakh headers). */
    private static final List<String> NAME_FIELDS = List.of("name", "name:kk", "name:ru", "name:en", "name_kk", "name_ru", "name_en",
            "наименование", "название", "атауы");

    public LayerPlan plan(SourceDataset dataset) {
        Findings findings = new Findings();
        dataset.findings().forEach(findings::add);
        boolean uniqueIds = uniqueIds(dataset.features());
        List<String> nameFields = dataset.fields().stream().map(SourceField::name)
                .filter(n -> NAME_FIELDS.contains(n.toLowerCase(Locale.ROOT))).toList();
        if (nameFields.isEmpty()) findings.add(Severity.INFO, "no-name-field", "no name field (name, name:ru, наименование…): features are unlabelled", null);

        boolean[] valid = validity(dataset.features());
        String type = null;
        Properties properties = new Properties(dataset.fields());
        List<Feature> features = new ArrayList<>(dataset.features().size());
        int n = 0;
        for (SourceFeature f : dataset.features()) {
            n++;
            String id = uniqueIds ? f.id() : String.valueOf(n);
            Geometry g = f.geometry();
            if (g == null || g.isEmpty()) {
                findings.add(Severity.ERROR, "no-geometry", "features without a geometry", f.id());
                continue;
            }
            String kind = kind(g);
            if (kind == null) {
                findings.add(Severity.ERROR, "mixed-geometry", "geometry collections: a layer holds points, lines or polygons", f.id());
                continue;
            }
            if (type == null) type = kind;
            else if (!type.equals(kind)) {
                findings.add(Severity.ERROR, "mixed-geometry", "features whose geometry type differs from the first one's (" + type + ")",
                        f.id() + " " + kind);
                continue;
            }
            if (!valid[n - 1]) {
                g = GeometryFixer.fix(g);
                // Nothing left to repair (a point at NaN or infinity): an error, not an empty feature.
                if (g.isEmpty()) {
                    findings.add(Severity.ERROR, "unrepairable-geometry", "invalid geometries with nothing left after repair "
                            + "(coordinates that are not finite numbers?)", f.id());
                    continue;
                }
                findings.add(Severity.WARNING, "repaired-geometry", "invalid geometries, repaired", f.id());
            }
            if (!nameFields.isEmpty() && unnamed(f, nameFields)) {
                findings.add(Severity.WARNING, "unnamed-feature", "features without a name (" + String.join(", ", nameFields) + ")",
                        f.id() + " " + g.getInteriorPoint().getCoordinate().x + " " + g.getInteriorPoint().getCoordinate().y);
            }
            features.add(new Feature(id, g, properties.of(f)));
        }
        if (dataset.features().isEmpty()) findings.add(Severity.ERROR, "empty-file", "the file has no features", null);
        findings.add(Severity.INFO, "features", features.size() + " " + (type == null ? "" : type + " ") + "features", null);
        List<FieldInfo> fields = dataset.fields().stream()
                .map(sf -> new FieldInfo(sf.name(), sf.type().equals("boolean") ? "string" : sf.type(), LocalizedText.of(sf.name()))).toList();
        return new LayerPlan(type, fields, features, findings.list());
    }

    private static boolean uniqueIds(List<SourceFeature> features) {
        Set<String> ids = new HashSet<>(features.size() * 4 / 3 + 1);
        for (SourceFeature f : features) if (f.id() == null || !ids.add(f.id())) return false;
        return true;
    }

    /** Each feature's validity (true without a geometry: that is reported otherwise), checked together. */
    private static boolean[] validity(List<SourceFeature> features) {
        TopologyValidationError[] errors = BatchValidity.errors(features.stream().map(SourceFeature::geometry).toList());
        boolean[] valid = new boolean[errors.length];
        for (int i = 0; i < valid.length; i++) valid[i] = errors[i] == null;
        return valid;
    }

    private static boolean unnamed(SourceFeature f, List<String> nameFields) {
        for (String nf : nameFields) if (f.text(nf) != null) return false;
        return true;
    }

    /** A feature's properties: its attributes in field order, dates as ISO text. */
    private static final class Properties {
        private final List<SourceField> fields;
        private final List<String> names;
        private Attributes.Names checked;
        private boolean inFieldOrder;

        Properties(List<SourceField> fields) {
            this.fields = fields;
            this.names = fields.stream().map(SourceField::name).toList();
        }

        Map<String, Object> of(SourceFeature f) {
            // a table's rows share their names: when those are the fields, the values need no new map
            if (f.attributes() instanceof Attributes row) {
                if (row.names() != checked) {
                    checked = row.names();
                    inFieldOrder = checked.list().equals(names);
                }
                if (inFieldOrder) return row.mapValues(Properties::plain);
            }
            Map<String, Object> p = new LinkedHashMap<>();
            for (SourceField sf : fields) p.put(sf.name(), plain(f.attributes().get(sf.name())));
            return p;
        }

        private static Object plain(Object v) {
            return v instanceof LocalDate ? v.toString() : v;
        }
    }

    private static String kind(Geometry g) {
        if (g instanceof Puntal) return "point";
        if (g instanceof Lineal) return "line";
        if (g instanceof Polygonal) return "polygon";
        return null;
    }
}
