package kz.aumaq.server.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.server.config.WmsProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web workspace needs to know at start that is not in the layer catalog: basemaps and languages. */
@RestController
class WorkspaceController {

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private final WorkspaceProperties properties;
    private final WmsProperties wms;

    WorkspaceController(WorkspaceProperties properties, WmsProperties wms) {
        this.properties = properties;
        this.wms = wms;
    }

    @GetMapping("/api/workspace")
    Map<String, Object> workspace() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("languages", LANGUAGES);
        out.put("defaultLanguage", LANGUAGES.get(0));
        out.put("basemaps", properties.basemaps());
        // The print dialog offers only the resolutions whose image fits these (the map is width × dpi / 96).
        out.put("print", Map.of("maxWidth", wms.maxWidth(), "maxHeight", wms.maxHeight()));
        return out;
    }
}
