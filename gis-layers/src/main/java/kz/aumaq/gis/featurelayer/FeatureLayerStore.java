package kz.aumaq.gis.featurelayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kz.aumaq.gis.geom.BoxSql;
import kz.aumaq.gis.geom.LonLatBox;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FeaturePage;
import kz.aumaq.gis.layer.FeatureQuery;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.text.LocalizedText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code feature_layer} and {@code layer_feature} tables (H2GIS and PostGIS alike; on PostGIS
 * each layer's features are a partition of their own, see {@link PostgisLayerPartition}). Geometries
 * travel as WKB; properties as a JSON object; bbox filters use {@code &&} so both databases use
 * their spatial index.
 */
public class FeatureLayerStore {

    private static final int SRID = 4326;
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, String>>> FIELD_LIST = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), SRID);

    public FeatureLayerStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Replaces the layer and all its features; call inside a transaction. Answers how many features it replaced. */
    public int replace(FeatureLayerInfo layer, List<Feature> features) {
        jdbc.update("DELETE FROM feature_layer WHERE name = ?", layer.name());
        List<Map<String, String>> fields = layer.fields().stream().map(f -> Map.of("name", f.name(), "type", f.type())).toList();
        jdbc.update("INSERT INTO feature_layer (name, title_kk, title_ru, title_en, geometry_type, fields, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
                layer.name(), layer.title().kk(), layer.title().ru(), layer.title().en(), layer.geometryType(), JSON.writeValueAsString(fields),
                layer.source());
        Integer partitioned = jdbc.execute((ConnectionCallback<Integer>) c -> {
            // By product name first: H2-only deployments need not carry the PostgreSQL driver.
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) return null;
            return PostgisLayerPartition.replace(c, layer.name(), features, SRID, JSON);
        });
        if (partitioned != null) return partitioned;
        int replaced = jdbc.update("DELETE FROM layer_feature WHERE layer_name = ?", layer.name());
        WKBWriter wkb = new WKBWriter();
        List<Object[]> rows = new ArrayList<>(features.size());
        for (Feature f : features) rows.add(new Object[] {layer.name(), f.id(), wkb.write(f.geometry()), JSON.writeValueAsString(f.properties())});
        for (int from = 0; from < rows.size(); from += 5000) {
            jdbc.batchUpdate("INSERT INTO layer_feature (layer_name, feature_id, geom, properties) VALUES (?, ?, ST_GeomFromWKB(?, " + SRID + "), ?)",
                    rows.subList(from, Math.min(rows.size(), from + 5000)));
        }
        return replaced;
    }

    public List<FeatureLayerInfo> layers() {
        return jdbc.query("SELECT name, title_kk, title_ru, title_en, geometry_type, fields, source FROM feature_layer ORDER BY name", layerMapper());
    }

    public Optional<FeatureLayerInfo> layer(String name) {
        return jdbc.query("SELECT name, title_kk, title_ru, title_en, geometry_type, fields, source FROM feature_layer WHERE name = ?",
                layerMapper(), name).stream().findFirst();
    }

    public long countBySource(String source) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM layer_feature f JOIN feature_layer l ON l.name = f.layer_name WHERE l.source = ?",
                Long.class, source);
        return n == null ? 0 : n;
    }

    /** Features of the layer in the box (all when null), in id order; property filters are the caller's. */
    public FeaturePage query(String layer, LonLatBox bbox, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        args.add(layer);
        String where = "layer_name = ?";
        if (bbox != null) where += " AND " + BoxSql.intersects("geom", SRID, bbox, args);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM layer_feature WHERE " + where, Long.class, args.toArray());
        args.add(limit);
        args.add(offset);
        List<Feature> page = limit == 0 ? List.of() : jdbc.query("SELECT feature_id, ST_AsBinary(geom), properties FROM layer_feature WHERE " + where
                + " ORDER BY feature_id LIMIT ? OFFSET ?", featureMapper(), args.toArray());
        return new FeaturePage(page, total == null ? 0 : total);
    }

    public Optional<Feature> byId(String layer, String id) {
        return jdbc.query("SELECT feature_id, ST_AsBinary(geom), properties FROM layer_feature WHERE layer_name = ? AND feature_id = ?",
                featureMapper(), layer, id).stream().findFirst();
    }

    public Envelope extent(String layer) {
        return jdbc.query("SELECT MIN(ST_XMin(geom)), MAX(ST_XMax(geom)), MIN(ST_YMin(geom)), MAX(ST_YMax(geom)) FROM layer_feature WHERE layer_name = ?",
                (rs, i) -> rs.getObject(1) == null ? new Envelope() : new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)),
                layer).get(0);
    }

    private RowMapper<FeatureLayerInfo> layerMapper() {
        return (rs, i) -> {
            List<FieldInfo> fields = JSON.readValue(rs.getString(6), FIELD_LIST).stream()
                    .map(f -> new FieldInfo(f.get("name"), f.get("type"), LocalizedText.of(f.get("name")))).toList();
            return new FeatureLayerInfo(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(5),
                    fields, rs.getString(7));
        };
    }

    private RowMapper<Feature> featureMapper() {
        return (rs, i) -> {
            Geometry g;
            try {
                g = new WKBReader(geometries).read(rs.getBytes(2));
            } catch (ParseException e) {
                throw new IllegalStateException("unreadable geometry of feature " + rs.getString(1), e);
            }
            g.setSRID(SRID);
            return new Feature(rs.getString(1), g, JSON.readValue(rs.getString(3), OBJECT));
        };
    }

}
