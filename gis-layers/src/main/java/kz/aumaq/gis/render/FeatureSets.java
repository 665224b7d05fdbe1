package kz.aumaq.gis.render;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import kz.aumaq.gis.crs.MapCrs;
import kz.aumaq.gis.layer.FeatureQuery;
import kz.aumaq.gis.layer.LayerSource;

/**
 * Built {@link FeatureSet}s by source, revision, date and CRS. A new revision of a source makes a
 * new key, so stale sets simply age out.
 */
public class FeatureSets {

    private final Cache<Key, FeatureSet> cache;

    public FeatureSets(int maxSets) {
        this.cache = Caffeine.newBuilder().maximumSize(maxSets).build();
    }

    public FeatureSet get(LayerSource source, LocalDate date, MapCrs crs) {
        Key key = new Key(source, source.revision(), date, crs.code());
        return cache.get(key, k -> new FeatureSet(source.query(FeatureQuery.all(date)).features(), crs));
    }

    public void clear() {
        cache.invalidateAll();
    }

    private record Key(LayerSource source, long revision, LocalDate date, String crs) {
    }
}
