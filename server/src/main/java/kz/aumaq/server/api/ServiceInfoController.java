package kz.aumaq.server.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.server.demo.DemoDataLoader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api}: what this server is, whether it runs on demo data, and where to go next. */
@RestController
public class ServiceInfoController {

    private final AdminUnitRepository repository;

    public ServiceInfoController(AdminUnitRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/api")
    public Map<String, Object> info() {
        long demoUnits = repository.countBySource(DemoDataLoader.SOURCE);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("name", "Aumaq");
        b.put("title", Map.of("kk", "Аумақ — аймақтық жоспарлау", "ru", "Аумак — региональное планирование", "en", "Aumaq — regional planning"));
        b.put("demo", demoUnits > 0);
        if (demoUnits > 0) b.put("notice", UnitFeatures.DEMO_NOTICE);
        b.put("units", repository.count());
        b.put("links", List.of(
                Map.of("rel", "units", "href", "/api/units"),
                Map.of("rel", "regions", "href", "/api/units?level=region"),
                Map.of("rel", "health", "href", "/actuator/health")));
        return b;
    }
}
