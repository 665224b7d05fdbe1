package kz.aumaq.gis.featurelayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.aumaq.gis.layer.Feature;
import kz.aumaq.gis.layer.FieldInfo;
import kz.aumaq.gis.testdb.TestDatabases;
import kz.aumaq.gis.text.LocalizedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same contract on PostGIS, where features go in through COPY, one partition per layer. */
class PostgisFeatureLayerStoreTest extends FeatureLayerStoreContract {

    private TestDatabases.PostgisSchema schema;

    @Override
    DataSource openDatabase() {
        schema = TestDatabases.postgis();
        return schema.dataSource();
    }

    @AfterEach
    void drop() {
        if (schema != null) schema.drop();
    }

    /** Rows from before V9 (or any plain INSERT) sit in the default partition; a re-load moves the layer out of it. */
    @Test
    void aLayerInTheDefaultPartitionIsReloadedIntoItsOwn() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO feature_layer (name, geometry_type, fields, source) VALUES ('old', 'point', '[]', 'ingest-job-1')");
        jdbc.update("INSERT INTO layer_feature (layer_name, feature_id, geom, properties) VALUES"
                + " ('old', 'a', ST_SetSRID(ST_MakePoint(70, 50), 4326), '{}'), ('old', 'b', ST_SetSRID(ST_MakePoint(71, 51), 4326), '{}')");
        assertThat(partitionOf(jdbc, "old")).isEqualTo("layer_feature_default");
        FeatureLayerInfo info = new FeatureLayerInfo("old", LocalizedText.of("old"), "point", List.of(new FieldInfo("n", "string", LocalizedText.of("n"))), "ingest-job-2");
        GeometryFactory f = new GeometryFactory();
        int replaced = tx.execute(t -> store.replace(info, List.of(new Feature("c", f.createPoint(new Coordinate(72, 52)), Map.of("n", "c")))));
        assertThat(replaced).isEqualTo(2);
        assertThat(partitionOf(jdbc, "old")).startsWith("layer_feature_old_");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layer_feature_default", Integer.class)).isZero();
        assertThat(store.query("old", null, 10, 0).features()).extracting(Feature::id).containsExactly("c");
        // The new partition has its spatial index (what makes the bulk load worth it stays usable for maps).
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE tablename = ? AND indexdef LIKE '%USING gist%'", Integer.class,
                partitionOf(jdbc, "old"))).isEqualTo(1);
        // Geometries stored uncompressed (V9), in the default partition and in every new one.
        for (String table : List.of("layer_feature_default", partitionOf(jdbc, "old"))) {
            assertThat(jdbc.queryForObject("SELECT attstorage FROM pg_attribute WHERE attrelid = ?::regclass AND attname = 'geom'",
                    String.class, table)).as(table).isEqualTo("e");
        }
        // A second re-load drops the first partition: one table per layer, not one per load.
        tx.executeWithoutResult(t -> store.replace(info, List.of(new Feature("d", f.createPoint(new Coordinate(73, 53)), Map.of()))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_inherits WHERE inhparent = 'layer_feature'::regclass", Integer.class)).isEqualTo(2);
    }

    private static String partitionOf(JdbcTemplate jdbc, String layer) {
        return jdbc.queryForObject("SELECT DISTINCT tableoid::regclass::text FROM layer_feature WHERE layer_name = ?", String.class, layer);
    }
}
