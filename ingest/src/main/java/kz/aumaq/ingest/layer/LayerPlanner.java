package kz.aumaq.ingest.layer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.geom.util.GeometryFixer;

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
        Set<String> ids = new HashSet<>();
        boolean uniqueIds = dataset.features().stream().allMatch(f -> f.id() != null && ids.add(f.id()));
        List<String> nameFields = dataset.fields().stream().map(SourceField::name)
                .filter(n -> NAME_FIELDS.contains(n.toLowerCase(Locale.ROOT))).toList();
        if (nameFields.isEmpty()) findings.add(Severity.INFO, "no-name-field", "no name field (name, name:ru, наименование…): features are unlabelled", null);

        String type = null;
        List<Feature> features = new ArrayList<>();
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
            if (!g.isValid()) {
                g = GeometryFixer.fix(g);
                findings.add(Severity.WARNING, "repaired-geometry", "invalid geometries, repaired", f.id());
            }
            if (!nameFields.isEmpty() && nameFields.stream().allMatch(nf -> f.text(nf) == null)) {
                findings.add(Severity.WARNING, "unnamed-feature", "features without a name (" + String.join(", ", nameFields) + ")",
                        f.id() + " " + g.getInteriorPoint().getCoordinate().x + " " + g.getInteriorPoint().getCoordinate().y);
            }
            features.add(new Feature(id, g, properties(f, dataset.fields())));
        }
        if (dataset.features().isEmpty()) findings.add(Severity.ERROR, "empty-file", "the file has no features", null);
        findings.add(Severity.INFO, "features", features.size() + " " + (type == null ? "" : type + " ") + "features", null);
        List<FieldInfo> fields = dataset.fields().stream()
                .map(sf -> new FieldInfo(sf.name(), sf.type().equals("boolean") ? "string" : sf.type(), LocalizedText.of(sf.name()))).toList();
        return new LayerPlan(type, fields, features, findings.list());
    }

    private static Map<String, Object> properties(SourceFeature f, List<SourceField> fields) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (SourceField sf : fields) {
            Object v = f.attributes().get(sf.name());
            p.put(sf.name(), v instanceof LocalDate ? v.toString() : v);
        }
        return p;
    }

    private static String kind(Geometry g) {
        if (g instanceof Puntal) return "point";
        if (g instanceof Lineal) return "line";
        if (g instanceof Polygonal) return "polygon";
        return null;
    }
}
