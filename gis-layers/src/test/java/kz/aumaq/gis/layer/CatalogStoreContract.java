package kz.aumaq.gis.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kz.aumaq.gis.featurelayer.FeatureLayerInfo;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.featurelayer.StoredLayers;
import kz.aumaq.gis.style.DefaultStyles;
import kz.aumaq.gis.style.Fill;
import kz.aumaq.gis.style.Rule;
import kz.aumaq.gis.style.Stroke;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.StyleCodec;
import kz.aumaq.gis.style.Symbolizer;
import kz.aumaq.gis.text.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored catalog on every database: defaults are seeded once, what the team changes is kept
 * (a newer default does not overwrite it, an unedited row follows it), a deleted default style
 * stays deleted, the update sequence only grows, and applying the rows to memory changes only
 * what differs.
 */
abstract class CatalogStoreContract {

    DataSource dataSource;
    CatalogStore store;
    CatalogLoader loader;
    TransactionTemplate tx;

    abstract DataSource openDatabase();

    @BeforeEach
    void open() {
        dataSource = openDatabase();
        store = new CatalogStore(dataSource, Clock.systemUTC());
        loader = new CatalogLoader(store);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private static final Style RED = new Style("red", new LocalizedText("Қызыл", "Красный", "Red"), List.of(
            new Rule("all", new LocalizedText("Барлығы", "Все", "All"), null, 0, 0, List.of(new Symbolizer.Polygon(Fill.solid(Color.RED),
                    new Stroke(Color.BLACK, 1.5, 0.8, new float[] {4, 2}))))));

    /** One source for every call, as the admin levels and loaded layers have: only settings differ between defaults. */
    private final InMemoryLayerSource source = new InMemoryLayerSource(List.of(), false);

    private CatalogDefaults defaults(String title, Style style) {
        return new CatalogDefaults().style(style).style(DefaultStyles.all().get(0))
                .layer("areas", new LayerSettings(LocalizedText.of(title), LocalizedText.EMPTY, List.of("k"), true, style.name(), List.of(style.name()),
                        0, 0, Visibility.PUBLIC, "Aumaq"), source)
                .group(new LayerGroup("everything", LocalizedText.of("All"), LocalizedText.EMPTY, List.of(), List.of("areas")));
    }

    private boolean seed(CatalogDefaults d, Map<String, Visibility> legacy) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            store.lock();
            boolean wrote = loader.seed(d, legacy);
            if (wrote) store.nextSequence();
            return wrote;
        }));
    }

    @Test
    void stylesComeBackExactlyFromTheirJson() {
        for (Style s : DefaultStyles.all()) assertThat(StyleCodec.read(StyleCodec.write(s))).isEqualTo(s);
        assertThat(StyleCodec.read(StyleCodec.write(RED))).isEqualTo(RED);
        assertThatThrownBy(() -> StyleCodec.read("{\"name\": \"x\", \"rules\": [{\"symbolizers\": [{\"type\": \"blob\"}]}]}"))
                .hasMessageContaining("rules[0]").hasMessageContaining("symbolizers[0]");
    }

    @Test
    void defaultsAreSeededOnceAndTheSequenceOnlyGrows() {
        long before = store.sequence();
        assertThat(seed(defaults("Areas", RED), Map.of())).isTrue();
        assertThat(seed(defaults("Areas", RED), Map.of())).as("a second start writes nothing").isFalse();
        CatalogStore.Rows rows = store.readAll();
        assertThat(rows.styles()).containsKeys("red");
        assertThat(rows.layers().get("areas").edited()).isFalse();
        assertThat(rows.sequence()).isEqualTo(before + 1);
        LayerCatalog catalog = new LayerCatalog();
        loader.apply(catalog, rows, defaults("Areas", RED));
        assertThat(catalog.layer("areas").orElseThrow().title().in(kz.aumaq.gis.text.Lang.EN)).isEqualTo("Areas");
        assertThat(catalog.group("everything").orElseThrow().layers()).containsExactly("areas");
        assertThat(catalog.style("red")).contains(RED);
        assertThat(catalog.updateSequence()).isEqualTo(rows.sequence());
    }

    /** A release that changes a default: an unedited row follows it, the team's edited copy is kept. */
    @Test
    void aNewerDefaultReplacesOnlyWhatTheTeamNeverEdited() {
        seed(defaults("Areas", RED), Map.of());
        // The team edits the layer's title (its row is marked edited); the style stays untouched.
        CatalogStore.Row layer = store.readAll().layers().get("areas");
        LayerSettings edited = CatalogJson.readSettings(layer.definition());
        edited = new LayerSettings(LocalizedText.of("Our areas"), edited.abstractText(), edited.keywords(), edited.queryable(), edited.defaultStyle(),
                edited.styles(), edited.minScale(), edited.maxScale(), Visibility.RESTRICTED, edited.attribution());
        store.putLayer(new CatalogStore.Row("areas", CatalogJson.write(edited), null, layer.builtin(), true));
        // The next release draws "red" in blue and renames the layer.
        Style blue = new Style("red", RED.title(), List.of(new Rule("all", LocalizedText.EMPTY, null, 0, 0,
                List.of(new Symbolizer.Polygon(Fill.solid(Color.BLUE), null)))));
        assertThat(seed(defaults("Areas of the new release", blue), Map.of())).isTrue();
        LayerCatalog catalog = new LayerCatalog();
        loader.apply(catalog, store.readAll(), defaults("Areas of the new release", blue));
        assertThat(catalog.style("red")).as("never edited: follows the release").contains(blue);
        Layer l = catalog.layer("areas").orElseThrow();
        assertThat(l.title().in(kz.aumaq.gis.text.Lang.EN)).as("edited: the team's copy is kept").isEqualTo("Our areas");
        assertThat(l.visibility()).isEqualTo(Visibility.RESTRICTED);
    }

    /** A layer restricted before the catalog was stored (V8 layer_visibility) stays restricted, and after re-loads of its data. */
    @Test
    void aRestrictedLayerStaysRestrictedAcrossReloadsAndRestarts() {
        FeatureLayerStore features = new FeatureLayerStore(dataSource);
        StoredLayers stored = new StoredLayers(features, "test");
        GeometryFactory f = new GeometryFactory();
        FeatureLayerInfo info = new FeatureLayerInfo("drafts", LocalizedText.of("Drafts"), "point", List.of(), "ingest-job-1");
        tx.executeWithoutResult(s -> features.replace(info, List.of(new Feature("1", f.createPoint(new Coordinate(71.4, 51.1)), Map.of()))));
        seed(stored.defaults(), Map.of("drafts", Visibility.RESTRICTED));
        LayerCatalog catalog = new LayerCatalog();
        loader.apply(catalog, store.readAll(), stored.defaults());
        assertThat(catalog.layer("drafts").orElseThrow().visibility()).isEqualTo(Visibility.RESTRICTED);
        LayerSource first = catalog.layer("drafts").orElseThrow().source();

        // Loaded again: new features (a new source), the same settings.
        FeatureLayerInfo again = new FeatureLayerInfo("drafts", LocalizedText.of("Drafts"), "point", List.of(), "ingest-job-2");
        tx.executeWithoutResult(s -> features.replace(again, List.of(new Feature("2", f.createPoint(new Coordinate(71.5, 51.2)), Map.of()))));
        assertThat(seed(stored.defaults(), Map.of())).isFalse();
        List<List<String>> heard = new ArrayList<>();
        catalog.onChange(heard::add);
        loader.apply(catalog, store.readAll(), stored.defaults());
        Layer reloaded = catalog.layer("drafts").orElseThrow();
        assertThat(reloaded.visibility()).isEqualTo(Visibility.RESTRICTED);
        assertThat(reloaded.source()).isNotSameAs(first);
        assertThat(heard).containsExactly(List.of("drafts"));

        // A restart: a fresh catalog from the rows.
        LayerCatalog restarted = new LayerCatalog();
        loader.apply(restarted, store.readAll(), new StoredLayers(features, "test").defaults());
        assertThat(restarted.layer("drafts").orElseThrow().visibility()).isEqualTo(Visibility.RESTRICTED);
    }

    @Test
    void applyingUnchangedRowsChangesNothingAndAChangeTouchesOnlyItsLayers() {
        seed(defaults("Areas", RED), Map.of());
        LayerCatalog catalog = new LayerCatalog();
        loader.apply(catalog, store.readAll(), defaults("Areas", RED));
        List<List<String>> heard = new ArrayList<>();
        catalog.onChange(heard::add);
        loader.apply(catalog, store.readAll(), defaults("Areas", RED));
        assertThat(heard).isEmpty();
        // The style changes: the layer drawing with it is touched, nothing else.
        Style thicker = new Style("red", RED.title(), List.of(new Rule("all", LocalizedText.EMPTY, null, 0, 0,
                List.of(new Symbolizer.Polygon(Fill.solid(Color.RED), Stroke.solid(Color.BLACK, 3))))));
        store.putStyle(new CatalogStore.Row("red", StyleCodec.write(thicker), "<sld/>", null, true));
        loader.apply(catalog, store.readAll(), defaults("Areas", RED));
        assertThat(heard).containsExactly(List.of("areas"));
        assertThat(catalog.style("red")).contains(thicker);
    }

    @Test
    void aDeletedDefaultStyleIsNotSeededAgain() {
        seed(defaults("Areas", RED), Map.of());
        String unused = DefaultStyles.all().get(0).name();
        CatalogStore.Row row = store.readAll().styles().get(unused);
        store.putStyle(new CatalogStore.Row(unused, row.definition(), null, row.builtin(), true, true));
        assertThat(seed(defaults("Areas", RED), Map.of())).isFalse();
        LayerCatalog catalog = new LayerCatalog();
        loader.apply(catalog, store.readAll(), defaults("Areas", RED));
        assertThat(catalog.style(unused)).isEmpty();
    }

    /** A row that cannot be used (broken JSON, a style that is gone) does not stop the start: the default is used. */
    @Test
    void anUnusableRowFallsBackToItsDefault() {
        seed(defaults("Areas", RED), Map.of());
        new JdbcTemplate(dataSource).update("UPDATE catalog_layer SET settings = ? WHERE name = 'areas'",
                "{\"title\": \"x\", \"styles\": [\"gone\"], \"defaultStyle\": \"gone\", \"queryable\": true, \"minScale\": 0, \"maxScale\": 0, \"visibility\": \"public\"}");
        LayerCatalog catalog = new LayerCatalog();
        loader.apply(catalog, store.readAll(), defaults("Areas", RED));
        assertThat(catalog.layer("areas").orElseThrow().styles()).containsExactly("red");
    }

    /** The lock serialises: the second transaction sees the first one's sequence only after it ends. */
    @Test
    void theSequenceIsTakenInTheTransaction() {
        long start = store.sequence();
        tx.executeWithoutResult(s -> {
            store.lock();
            assertThat(store.nextSequence()).isEqualTo(start + 1);
            s.setRollbackOnly();
        });
        assertThat(store.sequence()).as("rolled back").isEqualTo(start);
        Long next = tx.execute(s -> store.nextSequence());
        assertThat(next).isEqualTo(start + 1);
    }
}
