package kz.aumaq.server.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.gis.features.FeaturesRequestParser;
import kz.aumaq.gis.features.FeaturesService;
import kz.aumaq.gis.featurelayer.FeatureLayerStore;
import kz.aumaq.gis.featurelayer.StoredLayers;
import kz.aumaq.gis.layer.AdminLayers;
import kz.aumaq.gis.metadata.LayerMetadataRecord;
import kz.aumaq.gis.layer.AdminUnitLayerSource;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.layer.LayerVisibilityStore;
import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import kz.aumaq.gis.print.PrintRequestParser;
import kz.aumaq.gis.print.PrintService;
import kz.aumaq.gis.render.FeatureSets;
import kz.aumaq.gis.render.MapRenderer;
import kz.aumaq.gis.tile.TileCache;
import kz.aumaq.gis.tile.TileRenderer;
import kz.aumaq.gis.tile.TileRequestParser;
import kz.aumaq.gis.tile.TileSeeder;
import org.locationtech.jts.geom.Envelope;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.wms.CapabilitiesWriter;
import kz.aumaq.gis.wms.FeatureInfoSearch;
import kz.aumaq.gis.ows.ServiceMetadata;
import kz.aumaq.gis.wms.WmsLimits;
import kz.aumaq.gis.wms.WmsRequestParser;
import kz.aumaq.gis.wms.StylePreview;
import kz.aumaq.gis.wms.WmsService;
import kz.aumaq.gis.wmts.WmtsService;
import kz.aumaq.server.audit.AuditTrail;
import kz.aumaq.server.catalog.CatalogEdits;
import kz.aumaq.server.catalog.CatalogSync;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the layer catalog, renderer, tile cache, WMS, print and OGC API – Features. Changes reach the cache two ways: unit
 * writes refresh the admin sources (new revision) and drop their tiles; catalog edits drop the
 * tiles of the layers (and groups holding them) they touch.
 */
@Configuration(proxyBeanMethods = false)
public class MapServicesConfig {

    @Bean
    AdminLayers adminLayers(AdminUnitRepository repository) {
        return new AdminLayers(repository);
    }

    @Bean
    StoredLayers storedLayers(FeatureLayerStore store, WmsProperties wms) {
        return new StoredLayers(store, wms.attribution());
    }

    /** The visibility editors gave layers before the catalog was stored (V8); read once, for their first catalog rows. */
    @Bean
    @DependsOnDatabaseInitialization
    LayerVisibilityStore layerVisibilityStore(DataSource dataSource) {
        return new LayerVisibilityStore(dataSource);
    }

    /** Filled from the stored catalog by {@link CatalogSync#start()}. */
    @Bean
    LayerCatalog layerCatalog() {
        return new LayerCatalog();
    }

    @Bean
    @DependsOnDatabaseInitialization
    CatalogStore catalogStore(DataSource dataSource, Clock clock) {
        return new CatalogStore(dataSource, clock);
    }

    /**
     * The stored catalog in memory: this release's admin layers and every feature layer ingest stored
     * (loaded by the command line, perhaps in another process), with the settings the team gave them.
     */
    @Bean
    CatalogSync catalogSync(LayerCatalog catalog, CatalogStore store, AdminLayers admin, StoredLayers stored, WmsProperties wms,
                            LayerVisibilityStore legacy, DataSource dataSource) {
        CatalogSync sync = new CatalogSync(catalog, store, admin, stored, wms.attribution(), legacy, dataSource);
        sync.start();
        return sync;
    }

    @Bean
    CatalogEdits catalogEdits(CatalogSync sync, AuditTrail audit, DataSource dataSource) {
        return new CatalogEdits(sync, audit, dataSource);
    }

    /** What every OGC front end says about the service, with the configured contact. */
    @Bean
    ServiceMetadata serviceMetadata(ContactProperties contact) {
        return ServiceMetadata.aumaq(contact.contact());
    }

    @Bean
    LayerMetadataRecord layerMetadataRecord(ServiceMetadata service, Clock clock) {
        return new LayerMetadataRecord(service, clock);
    }

    @Bean
    WmsLimits wmsLimits(WmsProperties p) {
        return new WmsLimits(p.maxWidth(), p.maxHeight(), p.maxRenderMillis(), p.maxMemoryMb() * 1024L * 1024L);
    }

    @Bean
    FeatureSets featureSets() {
        return new FeatureSets(64);
    }

    @Bean
    MapRenderer mapRenderer(FeatureSets sets) {
        return new MapRenderer(sets);
    }

    @Bean
    TileCache tileCache(TileProperties p, AumaqProperties aumaq, LayerCatalog catalog, AdminLayers admin, AdminUnitWriter writer) {
        TileCache cache = new TileCache(p.cacheMb() * 1024L * 1024L,
                p.diskMb() > 0 ? aumaq.dataDir().resolve("tiles") : null, p.diskMb() * 1024L * 1024L);
        catalog.onChange(names -> cache.invalidate(withGroups(catalog, names), null));
        // Written units: new revision for the renderers, and only the tiles over the changed area go.
        writer.onWrite(units -> {
            admin.sources().values().forEach(AdminUnitLayerSource::refresh);
            Envelope area = new Envelope();
            units.forEach(u -> area.expandToInclude(u.geometry().getEnvelopeInternal()));
            if (!area.isNull()) cache.invalidate(withGroups(catalog, List.of("regions", "districts", "okrugs", "settlements")), area);
        });
        return cache;
    }

    @Bean(destroyMethod = "close")
    TileSeeder tileSeeder(TileRenderer tiles) {
        return new TileSeeder(tiles);
    }

    @Bean
    TileRenderer tileRenderer(MapRenderer renderer, TileCache cache, WmsLimits limits) {
        return new TileRenderer(renderer, cache, limits.maxRenderMillis());
    }

    @Bean
    TileRequestParser tileRequestParser(LayerCatalog catalog, Clock clock) {
        return new TileRequestParser(catalog, clock);
    }

    @Bean
    WmsRequestParser wmsRequestParser(LayerCatalog catalog, WmsLimits limits, Clock clock) {
        return new WmsRequestParser(catalog, limits, clock);
    }

    @Bean
    WmsService wmsService(WmsRequestParser parser, LayerCatalog catalog, WmsLimits limits, MapRenderer renderer, FeatureSets sets, TileRenderer tiles,
                          ServiceMetadata service) {
        return new WmsService(parser, new CapabilitiesWriter(catalog, service, limits),
                renderer, new FeatureInfoSearch(sets), tiles, limits);
    }

    /** Print reads its map parameters with the WMS parser and draws with WMS GetMap's own path. */
    @Bean
    PrintRequestParser printRequestParser(LayerCatalog catalog, WmsRequestParser wms, WmsLimits limits, Clock clock) {
        return new PrintRequestParser(catalog, wms, limits, clock);
    }

    @Bean
    PrintService printService(WmsService wms) {
        return new PrintService(wms);
    }

    @Bean
    StylePreview stylePreview(WmsRequestParser parser, WmsService wms) {
        return new StylePreview(parser, wms);
    }

    @Bean
    WmtsService wmtsService(LayerCatalog catalog, TileRequestParser parser, TileRenderer tiles, ServiceMetadata service) {
        return new WmtsService(catalog, parser, tiles, service);
    }

    @Bean
    FeaturesService featuresService(LayerCatalog catalog, Clock clock, ServiceMetadata service) {
        return new FeaturesService(new FeaturesRequestParser(catalog, clock), service, clock);
    }

    /** A change to a layer also changes every group drawing it. */
    private static List<String> withGroups(LayerCatalog catalog, List<String> names) {
        List<String> all = new ArrayList<>(names);
        for (LayerGroup g : catalog.groups()) {
            if (g.layers().stream().anyMatch(names::contains)) all.add(g.name());
        }
        return all;
    }
}
