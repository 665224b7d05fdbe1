package kz.aumaq.gis.layer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.aumaq.gis.text.LocalizedText;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitPage;
import kz.aumaq.gis.unit.UnitQuery;
import org.locationtech.jts.geom.Envelope;

/** The administrative units of one level as a layer. The feature id is the KATO code. */
public class AdminUnitLayerSource implements LayerSource {

    /** Kazakhstan's extent, for an empty database. */
    static final Envelope KAZAKHSTAN = new Envelope(46.4, 87.4, 40.5, 55.5);
    private static final List<FieldInfo> FIELDS = List.of(
            new FieldInfo("kato", "string", new LocalizedText("ӘАОЖ коды", "Код КАТО", "KATO code")),
            new FieldInfo("name_kk", "string", new LocalizedText("Атауы (қаз.)", "Название (каз.)", "Name (Kazakh)")),
            new FieldInfo("name_ru", "string", new LocalizedText("Атауы (орыс.)", "Название (рус.)", "Name (Russian)")),
            new FieldInfo("name_en", "string", new LocalizedText("Атауы (ағыл.)", "Название (англ.)", "Name (English)")),
            new FieldInfo("level", "string", new LocalizedText("Деңгейі", "Уровень", "Level")),
            new FieldInfo("kind", "string", new LocalizedText("Түрі", "Тип", "Kind")),
            new FieldInfo("parent_kato", "string", new LocalizedText("Жоғары бірлік", "Вышестоящая единица", "Parent KATO")),
            new FieldInfo("area_km2", "number", new LocalizedText("Аудан, км²", "Площадь, км²", "Area, km²")),
            new FieldInfo("valid_from", "date", new LocalizedText("Күшіне енді", "Действует с", "Valid from")),
            new FieldInfo("valid_to", "date", new LocalizedText("Күші жойылды", "Действует до", "Valid to")),
            new FieldInfo("source", "string", new LocalizedText("Дереккөз", "Источник", "Source")));

    private final AdminUnitRepository repository;
    private final Level level;
    private final AtomicLong revision = new AtomicLong(1);
    private volatile Extent extent;

    public AdminUnitLayerSource(AdminUnitRepository repository, Level level) {
        this.repository = repository;
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /** The units changed: renderers and caches must not reuse what they built before. */
    public void refresh() {
        revision.incrementAndGet();
    }

    @Override
    public long revision() {
        return revision.get();
    }

    @Override
    public boolean isPoint() {
        return level.isPoint();
    }

    @Override
    public List<FieldInfo> fields() {
        return FIELDS;
    }

    @Override
    public FeaturePage query(FeatureQuery q) {
        Map<String, String> rest = new LinkedHashMap<>(q.equals());
        Kato parent = null;
        String parentValue = rest.remove("parent_kato");
        if (parentValue != null) {
            if (!parentValue.matches("\\d{9}")) return new FeaturePage(List.of(), 0);
            parent = Kato.of(parentValue);
        }
        if (rest.isEmpty()) {
            return pushedDown(q, parent);
        }
        // Other property filters are applied here, over every unit of the level, then paged.
        List<Feature> matching = new ArrayList<>();
        for (Feature f : pushedDown(new FeatureQuery(q.bbox(), q.date(), Map.of(), Integer.MAX_VALUE, 0), parent).features()) {
            boolean ok = rest.entrySet().stream().allMatch(e -> e.getValue().equals(String.valueOf(f.properties().get(e.getKey()))));
            if (ok) matching.add(f);
        }
        int from = (int) Math.min(q.offset(), matching.size());
        int to = (int) Math.min((long) from + q.limit(), matching.size());
        return new FeaturePage(List.copyOf(matching.subList(from, to)), matching.size());
    }

    /** Pages through the repository so a "give me everything" query is not capped at its page size. */
    private FeaturePage pushedDown(FeatureQuery q, Kato parent) {
        List<Feature> out = new ArrayList<>();
        long matched = -1;
        int offset = q.offset();
        int wanted = q.limit();
        do {
            int pageSize = Math.min(wanted, UnitQuery.MAX_LIMIT);
            UnitPage page = repository.find(new UnitQuery(level, parent, q.bbox(), q.date(), null, pageSize, offset, null));
            matched = page.numberMatched();
            for (AdminUnit u : page.units()) out.add(toFeature(u));
            offset += page.units().size();
            wanted -= page.units().size();
            if (page.units().size() < pageSize) break;
        } while (wanted > 0 && offset < matched);
        return new FeaturePage(out, matched);
    }

    @Override
    public Optional<Feature> byId(String id, LocalDate date) {
        if (id == null || !id.matches("\\d{9}")) return Optional.empty();
        return repository.findByKato(Kato.of(id), date).filter(u -> u.level() == level).map(AdminUnitLayerSource::toFeature);
    }

    /** Capabilities ask for every layer's extent several times per request: read it once per revision. */
    @Override
    public Envelope extent() {
        Extent cached = extent;
        long now = revision.get();
        if (cached == null || cached.revision() != now) {
            Envelope e = repository.extent(level);
            cached = new Extent(now, e == null || e.isNull() ? new Envelope(KAZAKHSTAN) : e);
            extent = cached;
        }
        return new Envelope(cached.envelope());
    }

    private record Extent(long revision, Envelope envelope) {
    }

    static Feature toFeature(AdminUnit u) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kato", u.kato().code());
        p.put("name_kk", u.names().kk());
        p.put("name_ru", u.names().ru());
        p.put("name_en", u.names().en());
        p.put("level", u.level().code());
        p.put("kind", u.kind());
        p.put("parent_kato", u.parentKato() == null ? null : u.parentKato().code());
        p.put("area_km2", u.level().isPoint() ? null : Math.round(u.areaKm2() * 100) / 100.0);
        p.put("valid_from", u.validFrom().toString());
        p.put("valid_to", u.validTo() == null ? null : u.validTo().toString());
        p.put("source", u.source());
        return new Feature(u.kato().code(), u.geometry(), p);
    }
}
