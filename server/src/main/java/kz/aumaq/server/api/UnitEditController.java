package kz.aumaq.server.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.territory.CurrentActor;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.AdminUnitWriter;
import kz.aumaq.gis.unit.ClosedVersion;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitQueryParser;
import kz.aumaq.gis.unit.VersionedWrite;
import kz.aumaq.server.audit.AuditTrail;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unit writes over REST (the GIS team, see SecurityConfig): a new unit, a new version of one
 * (renamed, redrawn, moved under another parent) and retiring one. All go through
 * {@link AdminUnitWriter}, which checks the hierarchy and the user's territory — a unit outside it
 * is a 403 however it is named — and each change is audited with the values before and after.
 */
@RestController
@RequestMapping("/api/units")
class UnitEditController {

    private static final Set<String> CREATE = Set.of("kato", "level", "parent", "kind", "names", "geometry", "validFrom");
    private static final Set<String> VERSION = Set.of("parent", "kind", "names", "geometry", "validFrom");
    private final AdminUnitRepository repository;
    private final AdminUnitWriter writer;
    private final CurrentActor actor;
    private final AuditTrail audit;

    UnitEditController(AdminUnitRepository repository, AdminUnitWriter writer, CurrentActor actor, AuditTrail audit) {
        this.repository = repository;
        this.writer = writer;
        this.actor = actor;
        this.audit = audit;
    }

    /** A new unit: {@code kato, level, parent, kind, names, geometry}, and {@code validFrom} (default today). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> create(@RequestBody(required = false) String body) {
        UnitEdit e = UnitEdit.parse(body, CREATE);
        Kato kato = e.kato("kato");
        Level level = e.level();
        LocalDate from = e.has("validFrom") ? e.date("validFrom") : LocalDate.now();
        AdminUnit unit = new AdminUnit(kato, level, e.kind(), e.names(null), e.has("parent") ? e.kato("parent") : null, e.geometry(), null, 0,
                from, null, null, source());
        AdminUnit stored = writer.insert(List.of(unit)).get(0);
        audit.record("unit.create", "unit", kato.code(), null, summary(stored));
        return ResponseEntity.created(URI.create("/api/units/" + kato.code())).contentType(MediaType.parseMediaType(UnitFeatures.MEDIA_TYPE))
                .body(UnitFeatures.single(stored, null));
    }

    /**
     * A new version of a unit from {@code validFrom}: what the body gives ({@code names} in any of the
     * languages, {@code kind}, {@code geometry}, {@code parent}), the rest as in the version current then.
     */
    @PostMapping(value = "/{kato}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> version(@PathVariable String kato, @RequestBody(required = false) String body) {
        Kato code = UnitQueryParser.parseKato("kato", kato);
        UnitEdit e = UnitEdit.parse(body, VERSION);
        LocalDate from = e.date("validFrom");
        AdminUnit current = repository.findByKato(code, from.minusDays(1)).or(() -> repository.findByKato(code, from))
                .orElseThrow(() -> ApiException.notFound("No unit with KATO " + code + " is valid on " + from.minusDays(1)));
        AdminUnit next = new AdminUnit(code, current.level(), e.has("kind") ? e.kind() : current.kind(),
                e.has("names") ? e.names(current.names()) : current.names(), e.has("parent") ? e.kato("parent") : current.parentKato(),
                e.has("geometry") ? e.geometry() : current.geometry(), e.has("geometry") ? null : current.labelPoint(),
                e.has("geometry") ? 0 : current.areaKm2(), from, null, null, source());
        VersionedWrite w = writer.insertVersions(List.of(next), List.of());
        AdminUnit stored = w.inserted().get(0);
        audit.record("unit.version", "unit", code.code(), summary(current), summary(stored));
        return ResponseEntity.created(URI.create("/api/units/" + code.code() + "?date=" + from))
                .contentType(MediaType.parseMediaType(UnitFeatures.MEDIA_TYPE)).body(UnitFeatures.single(stored, null));
    }

    /** Ends the unit's current version on {@code date} (body {@code {"date": "YYYY-MM-DD"}}): it no longer exists from then on. */
    @PostMapping(value = "/{kato}/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> retire(@PathVariable String kato, @RequestBody(required = false) String body) {
        Kato code = UnitQueryParser.parseKato("kato", kato);
        UnitEdit e = UnitEdit.parse(body, Set.of("date"));
        LocalDate date = e.date("date");
        AdminUnit current = repository.findByKato(code, date.minusDays(1))
                .orElseThrow(() -> ApiException.notFound("No unit with KATO " + code + " is valid on " + date.minusDays(1)));
        writer.insertVersions(List.of(), List.of(new ClosedVersion(code, current.validFrom(), date)));
        audit.record("unit.retire", "unit", code.code(), summary(current), summary(current.withValidTo(date)));
        return ResponseEntity.noContent().build();
    }

    /** Rows written over the API say by whom. */
    private String source() {
        return "api:" + actor.get().name();
    }

    /** A unit version as the audit trail keeps it: every value, the geometry as WKT. */
    static Map<String, Object> summary(AdminUnit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kato", u.kato().code());
        m.put("level", u.level().code());
        m.put("kind", u.kind());
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("kk", u.names().kk());
        names.put("ru", u.names().ru());
        names.put("en", u.names().en());
        m.put("names", names);
        m.put("parent", u.parentKato() == null ? null : u.parentKato().code());
        m.put("validFrom", u.validFrom().toString());
        m.put("validTo", u.validTo() == null ? null : u.validTo().toString());
        m.put("path", u.path());
        m.put("source", u.source());
        m.put("areaKm2", Math.round(u.areaKm2() * 100) / 100.0);
        m.put("geometry", u.geometry() == null ? null : new WKTWriter().write(u.geometry()));
        return m;
    }
}
