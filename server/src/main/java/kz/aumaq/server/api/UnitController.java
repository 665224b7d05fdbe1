package kz.aumaq.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.UnitPage;
import kz.aumaq.gis.unit.UnitQuery;
import kz.aumaq.gis.unit.UnitQueryParser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The administrative hierarchy as GeoJSON. Each request is parsed and fully validated into a
 * {@link UnitQuery} before the database is touched.
 */
@RestController
@RequestMapping("/api/units")
public class UnitController {

    private final AdminUnitRepository repository;
    private final UnitQueryParser parser;

    public UnitController(AdminUnitRepository repository, UnitQueryParser parser) {
        this.repository = repository;
        this.parser = parser;
    }

    @GetMapping
    public ResponseEntity<String> list(@RequestParam Map<String, String> params) {
        UnitQuery q = parser.parse(params);
        UnitPage page = repository.find(q);
        return geoJson(UnitFeatures.collection(page.units(), page.numberMatched(), pageLinks(q, page), q.zoom()));
    }

    @GetMapping("/{kato}")
    public ResponseEntity<String> one(@PathVariable String kato, @RequestParam Map<String, String> params) {
        UnitQuery q = parser.parse(Map.of("date", nz(params.get("date")), "zoom", nz(params.get("zoom"))));
        return geoJson(UnitFeatures.single(existing(kato, q.date()), q.zoom()));
    }

    /** Children take the same filters and paging as the list; only {@code parent} is fixed. */
    @GetMapping("/{kato}/children")
    public ResponseEntity<String> children(@PathVariable String kato, @RequestParam Map<String, String> params) {
        UnitQueryParser.parseKato("kato", kato);
        Map<String, String> withParent = new HashMap<>(params);
        withParent.put("parent", kato);
        UnitQuery q = parser.parse(withParent);
        existing(kato, q.date());
        UnitPage page = repository.find(q);
        return geoJson(UnitFeatures.collection(page.units(), page.numberMatched(), pageLinks(q, page), q.zoom()));
    }

    @GetMapping("/{kato}/ancestors")
    public ResponseEntity<String> ancestors(@PathVariable String kato, @RequestParam Map<String, String> params) {
        UnitQuery q = parser.parse(Map.of("date", nz(params.get("date")), "zoom", nz(params.get("zoom"))));
        List<AdminUnit> chain = repository.ancestors(existing(kato, q.date()), q.date());
        return geoJson(UnitFeatures.collection(chain, chain.size(), List.of(self()), q.zoom()));
    }

    private AdminUnit existing(String kato, LocalDate date) {
        Kato code = UnitQueryParser.parseKato("kato", kato);
        return repository.findByKato(code, date)
                .orElseThrow(() -> ApiException.notFound("No unit with KATO " + code + " is valid on " + date));
    }

    private static List<UnitFeatures.Link> pageLinks(UnitQuery q, UnitPage page) {
        List<UnitFeatures.Link> links = new ArrayList<>();
        links.add(self());
        if (q.offset() + page.units().size() < page.numberMatched() && q.limit() > 0) {
            links.add(new UnitFeatures.Link("next", withOffset(q.offset() + q.limit())));
        }
        if (q.offset() > 0) {
            links.add(new UnitFeatures.Link("prev", withOffset(Math.max(0, q.offset() - q.limit()))));
        }
        return links;
    }

    private static UnitFeatures.Link self() {
        return new UnitFeatures.Link("self", ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString());
    }

    private static String withOffset(int offset) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("offset", offset).build().toUriString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static ResponseEntity<String> geoJson(String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(UnitFeatures.MEDIA_TYPE + ";charset=UTF-8")).body(body);
    }
}
