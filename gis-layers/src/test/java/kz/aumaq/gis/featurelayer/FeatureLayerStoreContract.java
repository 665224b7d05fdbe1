package kz.aumaq.gis.featurelayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.text.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import kz.aumaq.gis.geom.LonLatBox;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the feature layer store must do on every database: PostGIS writes through COPY, H2GIS
 * through batched INSERTs, and both must give back exactly what was written — awkward text
 * included — and nothing at all when the transaction rolls back.
 */
abstract class FeatureLayerStoreContract {

    /** SRID 0 on purpose: files often come without one, and the store must still write 4326. */
    private final GeometryFactory plain = new GeometryFactory(new PrecisionModel(), 0);
    DataSource dataSource;
    FeatureLayerStore store;
    TransactionTemplate tx;

    abstract DataSource openDatabase();

    @BeforeEach
    void open() {
        dataSource = openDatabase();
        store = new FeatureLayerStore(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static FeatureLayerInfo info(String name) {
        return new FeatureLayerInfo(name, new LocalizedText("ХҚКО", "ЦОН", "PSC"), "point",
                List.of(new FieldInfo("name", "string", LocalizedText.of("name"))), "ingest-job-1");
    }

    private Feature point(String id, double lon, double lat, Map<String, Object> properties) {
        return new Feature(id, plain.createPoint(new Coordinate(lon, lat)), properties);
    }

    @Test
    void awkwardTextAndCoordinatesComeBackExactly() {
        Map<String, Object> awkward = new LinkedHashMap<>();
        awkward.put("name", "ЦОН \"Есиль\", филиал №1\nвторая строка\tтаб \\ обратная черта");
        awkward.put("count", 3);
        awkward.put("empty", null);
        awkward.put("emoji and control", "🏛 ХҚКО\u0001\u001f end");
        awkward.put("ratio", 0.1 + 0.2);
        awkward.put("big", 12345678901234L);
        awkward.put("open", true);
        awkward.put("tiny", 1e-300);
        awkward.put("\"quoted\" key, with comma", "v");
        List<Feature> features = List.of(point("a,1", 71.430001, 51.130002, awkward),
                point("b\"2", 76.94, 43.25, Map.of("name", "Алматы")), point("c", 69.6, 42.32, Map.of("nested", Map.of("list", List.of(1, "two")))));
        tx.executeWithoutResult(s -> store.replace(info("psc"), features));

        assertThat(store.layer("psc")).get().extracting(FeatureLayerInfo::title).isEqualTo(new LocalizedText("ХҚКО", "ЦОН", "PSC"));
        Feature a = store.byId("psc", "a,1").orElseThrow();
        assertThat(a.properties()).isEqualTo(awkward);
        Point p = (Point) a.geometry();
        assertThat(p.getX()).isEqualTo(71.430001);
        assertThat(p.getY()).isEqualTo(51.130002);
        assertThat(store.byId("psc", "b\"2").orElseThrow().properties()).containsEntry("name", "Алматы");
        // values other than text, numbers and booleans (here from a GeoJSON file) come back as well
        assertThat(store.byId("psc", "c").orElseThrow().properties()).isEqualTo(Map.of("nested", Map.of("list", List.of(1, "two"))));
        assertThat(store.query("psc", null, 10, 0).numberMatched()).isEqualTo(3);
        assertThat(store.query("psc", LonLatBox.of(new Envelope(71, 72, 51, 52)), 10, 0).features()).extracting(Feature::id).containsExactly("a,1");
        // across the antimeridian: 76°E → 180° holds Almaty, −180° → 70°E the third point; Astana lies between
        assertThat(store.query("psc", new LonLatBox(76, 40, 70, 52), 10, 0).features()).extracting(Feature::id).containsExactly("b\"2", "c");
        assertThat(store.query("psc", new LonLatBox(76, 40, 70, 52), 10, 0).numberMatched()).isEqualTo(2);
        assertThat(store.extent("psc")).isEqualTo(new Envelope(69.6, 76.94, 42.32, 51.130002));
    }

    @Test
    void aReplaceDropsTheOldFeaturesAndManyRowsGoIn() {
        tx.executeWithoutResult(s -> store.replace(info("sites"), List.of(point("old", 70, 50, Map.of()))));
        List<Feature> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) many.add(point(String.format("%05d", i), 50 + i % 360 * 0.1, 41 + i / 360 * 0.2, Map.of("i", i)));
        int replaced = tx.execute(s -> store.replace(info("sites"), many));
        assertThat(replaced).isEqualTo(1);
        assertThat(store.byId("sites", "old")).isEmpty();
        assertThat(store.query("sites", null, 0, 0).numberMatched()).isEqualTo(20_000);
        assertThat(store.byId("sites", "19999").orElseThrow().properties()).containsEntry("i", 19999);
    }

    @Test
    void aRolledBackReplaceLeavesNothing() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            store.replace(info("draft"), List.of(point("x", 70, 50, Map.of("name", "x"))));
            throw new IllegalStateException("the job failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.layer("draft")).isEmpty();
        assertThat(store.query("draft", null, 10, 0).numberMatched()).isZero();
    }

    @Test
    void aFailedReloadKeepsTheLayerAsItWas() {
        tx.executeWithoutResult(t -> store.replace(info("psc"), List.of(point("1", 71.4, 51.1, Map.of("name", "a")), point("2", 71.5, 51.2, Map.of()))));
        assertThatThrownBy(() -> tx.executeWithoutResult(t -> {
            store.replace(info("psc"), List.of(point("3", 70, 50, Map.of("name", "new"))));
            throw new IllegalStateException("the job failed after writing");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.query("psc", null, 10, 0).features()).extracting(Feature::id).containsExactly("1", "2");
        assertThat(store.byId("psc", "3")).isEmpty();
        // And a later re-load still works (no half-made table left in the way).
        int replaced = tx.execute(t -> store.replace(info("psc"), List.of(point("3", 70, 50, Map.of("name", "new")))));
        assertThat(replaced).isEqualTo(2);
        assertThat(store.query("psc", null, 10, 0).features()).extracting(Feature::id).containsExactly("3");
    }

    @Test
    void reloadingOneLayerLeavesTheOthersAlone() {
        tx.executeWithoutResult(t -> store.replace(info("a-layer"), List.of(point("1", 71.4, 51.1, Map.of()))));
        tx.executeWithoutResult(t -> store.replace(info("a_layer"), List.of(point("1", 72.4, 52.1, Map.of()), point("2", 73, 53, Map.of()))));
        tx.executeWithoutResult(t -> store.replace(info("a-layer"), List.of(point("9", 71.6, 51.3, Map.of()))));
        assertThat(store.query("a-layer", null, 10, 0).features()).extracting(Feature::id).containsExactly("9");
        assertThat(store.query("a_layer", null, 10, 0).features()).extracting(Feature::id).containsExactly("1", "2");
        assertThat(store.extent("a_layer")).isEqualTo(new Envelope(72.4, 73, 52.1, 53));
    }

    @Test
    void duplicateFeatureIdsAreRefusedAndNothingChanges() {
        tx.executeWithoutResult(t -> store.replace(info("sites"), List.of(point("1", 71.4, 51.1, Map.of()))));
        assertThatThrownBy(() -> tx.executeWithoutResult(t ->
                store.replace(info("sites"), List.of(point("7", 70, 50, Map.of()), point("7", 71, 51, Map.of())))))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(store.query("sites", null, 10, 0).features()).extracting(Feature::id).containsExactly("1");
    }
}
